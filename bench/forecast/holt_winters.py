"""The statsmodels baseline of the forecast benches: Holt-Winters with a fixed automatic rule.

Rule: additive trend (not damped), seasonal period m, parameters and initial states estimated
by statsmodels (initialization_method="estimated"). A series whose values are all positive is
fitted twice, with additive and with multiplicative seasonality, and the fit of lower AICc is
kept; any other series gets additive seasonality only (multiplicative needs y > 0).

Imported by sm_accuracy.py and sm_speed.py so both benches use the same rule.
"""
import warnings

import numpy as np
from statsmodels.tsa.holtwinters import ExponentialSmoothing


def fit(y, m, seasonal):
    model = ExponentialSmoothing(np.asarray(y, dtype=float), trend="add", seasonal=seasonal,
                                 seasonal_periods=m, initialization_method="estimated")
    with warnings.catch_warnings():
        # ConvergenceWarning on some series: the fit is used as it is, as a user would.
        warnings.simplefilter("ignore")
        return model.fit()


def forecast(y, m, horizon):
    """(model name, forecasts) of the fit kept by the rule."""
    fits = {"add": fit(y, m, "add")}
    if min(y) > 0:
        fits["mul"] = fit(y, m, "mul")
    name = min(fits, key=lambda k: fits[k].aicc)
    return "hw-" + name, fits[name].forecast(horizon)
