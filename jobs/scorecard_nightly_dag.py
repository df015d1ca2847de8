"""Nightly Balanced Scorecard pipeline: ingest -> kpis -> score -> forecast -> links -> alerts, one spark-submit per stage.

Each stage is its own task so Airflow can retry one stage without redoing the others; every
stage is idempotent (see docs), so a retry never duplicates curated rows.

The jar's exit codes (CONTRACT.md) decide whether a retry can help:
  0  success
  1  anything else (cluster hiccup, lost executor, out of memory): retried
  2  bad config or arguments, nothing written: not retried, fix the config
  3  input data rejected over the tenant's tolerance: not retried, fix the export

The stages are incremental: ingest reads only new or corrected exports, and kpis and score
recompute only the periods those touch (plus the periods around the as-of date), from run state
kept in the warehouse, so a failed or killed task leaves its work for the retry. After an
engine upgrade, run `scorecard run --full` once by hand to recompute every period.

The alerts stage runs last: it raises and resolves alerts and delivers them (webhook, email).
A delivery that fails is retried by the next night's run, not by Airflow: a retried task would
send nothing twice either, since alert_deliveries records what arrived. Secrets for delivery come
from the environment of the Spark driver (the variables the tenant's alerts: section names).

Airflow Variables (all optional; defaults below):
  scorecard_jar         path of target/scorecard.jar as the Spark driver sees it
  scorecard_conf        config directory (--conf)
  scorecard_landing     landing directory (--landing)
  scorecard_warehouse   warehouse directory (--warehouse)
  scorecard_spark_conn  Spark connection id
"""

from __future__ import annotations

import re
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.exceptions import AirflowFailException
from airflow.models import Variable
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JAR_DEFAULT = "/opt/scorecard/scorecard.jar"
CONF_DEFAULT = "/opt/scorecard/conf"
LANDING_DEFAULT = "/data/scorecard/landing"
WAREHOUSE_DEFAULT = "/data/scorecard/warehouse"
SPARK_CONN_DEFAULT = "spark_default"

MAIN_CLASS = "dev.scorecard.cli.Main"
STAGES = ["ingest", "kpis", "score", "forecast", "links", "alerts"]

# Exit codes after which running the same stage again cannot succeed.
NO_RETRY_EXIT_CODES = {2: "bad config or arguments", 3: "input data rejected over tolerance"}

# SparkSubmitHook.submit raises AirflowException("Cannot execute: <cmd>. Error code is: N. ...")
# and, on Kubernetes, adds "Kubernetes spark exit code is: N" (the driver's own code).
_EXIT_CODE_PATTERNS = [
    re.compile(r"Kubernetes spark exit code is: (\d+)"),
    re.compile(r"Error code is: (\d+)"),
]

# Java 17 module flags (add-opens) are left to the cluster's spark-defaults.conf; Spark 4's
# launcher adds them for the driver and executors itself. Delta needs its extension and catalog.
SPARK_CONF = {
    "spark.sql.extensions": "io.delta.sql.DeltaSparkSessionExtension",
    "spark.sql.catalog.spark_catalog": "org.apache.spark.sql.delta.catalog.DeltaCatalog",
}


def _var(key: str, default: str) -> str:
    """A Jinja reference to an Airflow Variable, read at run time rather than at parse time."""
    return "{{ var.value.get('%s', '%s') }}" % (key, default)


def exit_code(error: BaseException) -> int | None:
    """The spark-submit exit code carried in a SparkSubmitHook error message, if any."""
    for pattern in _EXIT_CODE_PATTERNS:
        match = pattern.search(str(error))
        if match and int(match.group(1)) != 0:
            return int(match.group(1))
    return None


class ScorecardStageOperator(SparkSubmitOperator):
    """SparkSubmitOperator that fails without retrying when the jar exits 2 or 3.

    The exit code reaches Airflow only in client deploy mode (or Kubernetes cluster mode),
    where spark-submit exits with the driver's code; in YARN or standalone cluster mode every
    failure looks alike and is retried.
    """

    def execute(self, context):
        try:
            return super().execute(context)
        except Exception as error:  # the hook's AirflowException; its class moved in Airflow 3
            code = exit_code(error)
            if code in NO_RETRY_EXIT_CODES:
                raise AirflowFailException(
                    f"scorecard exited {code} ({NO_RETRY_EXIT_CODES[code]}); not retrying: {error}"
                ) from error
            raise


with DAG(
    dag_id="scorecard_nightly",
    description="Balanced Scorecard nightly pipeline: ingest -> kpis -> score -> forecast -> links -> alerts",
    schedule="0 2 * * *",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={
        "owner": "scorecard",
        "retries": 3,
        "retry_delay": timedelta(minutes=10),
        "execution_timeout": timedelta(hours=4),
    },
    tags=["scorecard", "spark"],
    doc_md=__doc__,
) as dag:
    # conn_id is not a templated field, so it is read when the DAG is parsed.
    spark_conn = Variable.get("scorecard_spark_conn", default_var=SPARK_CONN_DEFAULT)

    tasks = [
        ScorecardStageOperator(
            task_id=stage,
            name=f"scorecard-{stage}",
            conn_id=spark_conn,
            application=_var("scorecard_jar", JAR_DEFAULT),
            java_class=MAIN_CLASS,
            conf=SPARK_CONF,
            # {{ ds }} is the start of the data interval: the run at 02:00 on day D+1 scores as of D.
            application_args=[
                stage,
                "--as-of", "{{ ds }}",
                "--conf", _var("scorecard_conf", CONF_DEFAULT),
                "--landing", _var("scorecard_landing", LANDING_DEFAULT),
                "--warehouse", _var("scorecard_warehouse", WAREHOUSE_DEFAULT),
            ],
        )
        for stage in STAGES
    ]

    for upstream, downstream in zip(tasks, tasks[1:]):
        upstream >> downstream
