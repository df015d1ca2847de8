"""Loads jobs/scorecard_nightly_dag.py without Airflow and prints what it declares, as JSON.

Airflow is not installed where the tests run, so the few names the DAG file imports (DAG,
Variable, AirflowFailException, SparkSubmitOperator, pendulum.datetime) are stand-ins that
record what the file gives them. NightlyDagTest (Java) reads the JSON and checks it against
the jar's own command line and exit codes.

Usage: python3 load_dag.py <path of scorecard_nightly_dag.py>

Prints {"dag": {...}, "tasks": [...], "edges": [[up, down], ...], "failures": [...]}:
"failures" says, for each error message a spark-submit hook can raise, whether the stage
operator let it through (Airflow retries it) or turned it into AirflowFailException (no retry).
"""

import importlib.util
import json
import sys
import types


class AirflowFailException(Exception):
    """Airflow's "fail now, do not retry" exception."""


class HookError(Exception):
    """What SparkSubmitHook.submit raises when spark-submit exits non-zero."""


class Variable:
    @staticmethod
    def get(key, default_var=None):
        return default_var


DAGS = []


class DAG:
    def __init__(self, dag_id, **kwargs):
        self.dag_id = dag_id
        self.kwargs = kwargs
        self.tasks = []
        DAGS.append(self)

    def __enter__(self):
        DAG.current = self
        return self

    def __exit__(self, *exc):
        DAG.current = None
        return False


DAG.current = None


class SparkSubmitOperator:
    """Records its arguments; execute() raises the error the test asks the hook to raise."""

    hook_error = None

    def __init__(self, task_id, **kwargs):
        self.task_id = task_id
        self.kwargs = kwargs
        self.downstream = []
        if DAG.current is None:
            raise RuntimeError(f"task {task_id} made outside a DAG")
        DAG.current.tasks.append(self)

    def __rshift__(self, other):
        self.downstream.append(other.task_id)
        return other

    def execute(self, context):
        if SparkSubmitOperator.hook_error is not None:
            raise SparkSubmitOperator.hook_error
        return None


def module(name, **attributes):
    m = types.ModuleType(name)
    m.__dict__.update(attributes)
    sys.modules[name] = m
    return m


def install_stand_ins():
    module("airflow", DAG=DAG)
    module("airflow.exceptions", AirflowFailException=AirflowFailException)
    module("airflow.models", Variable=Variable)
    for name in ("airflow.providers", "airflow.providers.apache", "airflow.providers.apache.spark",
                 "airflow.providers.apache.spark.operators"):
        module(name)
    module("airflow.providers.apache.spark.operators.spark_submit", SparkSubmitOperator=SparkSubmitOperator)
    module("pendulum", datetime=lambda *args, **kwargs: {"args": list(args), "tz": kwargs.get("tz")})


# Messages as SparkSubmitHook words them (client mode, then Kubernetes with the driver's code).
HOOK_MESSAGES = [
    "Cannot execute: spark-submit --class dev.scorecard.cli.Main scorecard.jar score. Error code is: 1.",
    "Cannot execute: spark-submit --class dev.scorecard.cli.Main scorecard.jar score. Error code is: 2.",
    "Cannot execute: spark-submit --class dev.scorecard.cli.Main scorecard.jar score. Error code is: 3.",
    "Cannot execute: spark-submit ... Error code is: 137.",
    "Cannot execute: spark-submit ... Error code is: 1. Kubernetes spark exit code is: 3",
    "spark-submit could not be started",
]


def main(path):
    install_stand_ins()
    spec = importlib.util.spec_from_file_location("scorecard_nightly_dag", path)
    dag_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dag_module)
    if len(DAGS) != 1:
        raise SystemExit(f"expected one DAG in {path}, found {len(DAGS)}")
    dag = DAGS[0]

    failures = []
    operator = dag.tasks[0]
    for message in HOOK_MESSAGES:
        SparkSubmitOperator.hook_error = HookError(message)
        try:
            operator.execute({})
            raised = "nothing"
        except AirflowFailException:
            raised = "AirflowFailException"
        except HookError:
            raised = "hook error"
        failures.append({"message": message, "raised": raised})

    def plain(value):
        if hasattr(value, "total_seconds"):
            return value.total_seconds()
        return value

    print(json.dumps({
        "dag": {"dag_id": dag.dag_id, **{k: plain(v) for k, v in dag.kwargs.items() if k != "default_args"},
                "default_args": {k: plain(v) for k, v in dag.kwargs.get("default_args", {}).items()}},
        "tasks": [{"task_id": t.task_id, "type": type(t).__name__, **t.kwargs} for t in dag.tasks],
        "edges": [[t.task_id, d] for t in dag.tasks for d in t.downstream],
        "failures": failures,
    }, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
