# Forecasts a year (one season) of every panel series with forecast::ets(), fully automatic
# (model chosen by AICc among the ETS models it allows by default), fitted on the points before
# a forecast origin, with its 80% and 95% prediction intervals.
#
#   Rscript ets.R out/panel.csv out/fc_ets.csv                # one origin: the series without its last year
#   Rscript ets.R --origins 4 out/panel.csv out/fc_ets_rolling.csv
#
# With --origins R the origins are the starts of the series' last R years (n - k m points
# before them, k = R down to 1), leaving out those with fewer than max(3m, 2m + 2) points before
# them: the same rule as the engine's side, dev.scorecard.bench.ForecastAccuracy.
#
# Output columns: series, origin (the number of points fitted), h, forecast, lower_80,
# upper_80, lower_95, upper_95, model (ets's name, e.g. "ETS(M,Ad,M)").
suppressPackageStartupMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
rolling <- length(args) == 4 && args[1] == "--origins"
if (!rolling && length(args) != 2) stop("usage: Rscript ets.R [--origins R] <panel.csv> <forecasts.csv>")
years <- if (rolling) as.integer(args[2]) else 1L
stopifnot(years >= 1)
panel <- read.csv(args[length(args) - 1], stringsAsFactors = FALSE)

origins <- function(n, m) {
  if (!rolling) return(n - m)
  starts <- n - (years:1) * m
  starts[starts >= max(3 * m, 2 * m + 2)]
}

rows <- list()
for (name in unique(panel$series)) {
  s <- panel[panel$series == name, ]
  m <- s$frequency[1]
  for (origin in origins(nrow(s), m)) {
    fit <- ets(ts(head(s$value, origin), frequency = m))
    # The intervals of the models ets picks by default are analytic; the seed only fixes them
    # should one ever need simulated paths.
    set.seed(1)
    fc <- forecast(fit, h = m, level = c(80, 95))
    rows[[length(rows) + 1]] <- data.frame(
      series = name, origin = origin, h = seq_len(m), forecast = as.numeric(fc$mean),
      lower_80 = as.numeric(fc$lower[, "80%"]), upper_80 = as.numeric(fc$upper[, "80%"]),
      lower_95 = as.numeric(fc$lower[, "95%"]), upper_95 = as.numeric(fc$upper[, "95%"]),
      model = fit$method)
  }
}
write.csv(do.call(rbind, rows), args[length(args)], row.names = FALSE)  # quoted: names hold commas
