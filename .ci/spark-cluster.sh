#!/usr/bin/env bash
# A Spark standalone cluster on 127.0.0.1 for testing 'dyad spark extract' as a cluster runs it:
# a Master and two Workers, each its own JVM on Spark's jars only, and spark-submit of
# target/dyad-spark.jar with the CoreNLP models as their own jar (docs/spark.md).
#
#   bash .ci/spark-cluster.sh check FOLDER…   start, submit over the folders, compare with 'bin/dyad extract', stop
#   source .ci/spark-cluster.sh; start_spark_cluster; spark_submit spark extract --out DIR FOLDER; stop_spark_cluster
#
# Spark's jars make a minimal SPARK_HOME under target/spark-home (jars/ as Spark resolves them,
# from .ci/spark-home/pom.xml; a RELEASE file, which tells Spark's launcher to take jars/ from
# there when a Worker starts an executor, with SPARK_SCALA_VERSION; conf/ with logging at WARN). Logs go to
# target/spark-cluster/. Each Worker offers 1 core and DYAD_SPARK_WORKER_MEMORY (default 3g).

spark_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
spark_home=$spark_root/target/spark-home
spark_logs=$spark_root/target/spark-cluster

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$spark_root/pom.xml" | head -1
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Spark's own jars, once per Spark version; the application jars when sources changed.
build_spark_home() {
  local version
  version=$(pom_property spark.version)
  if [ ! -f "$spark_home/RELEASE" ] || ! grep -qx "Spark $version" "$spark_home/RELEASE" \
    || [ "$spark_root/.ci/spark-home/pom.xml" -nt "$spark_home/RELEASE" ]; then
    echo "spark-cluster: SPARK_HOME for Spark $version in $spark_home" >&2
    rm -rf "$spark_home"
    mkdir -p "$spark_home/conf"
    mvn -q -B -f "$spark_root/.ci/spark-home/pom.xml" -Dspark.version="$version" \
      "org.apache.maven.plugins:maven-dependency-plugin:$(pom_property dependency.version):copy-dependencies" \
      -DincludeScope=runtime -DoutputDirectory="$spark_home/jars" >&2
    cat > "$spark_home/conf/log4j2.properties" <<'EOF'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
EOF
    echo "Spark $version" > "$spark_home/RELEASE"
  fi
  if [ ! -f "$spark_root/target/dyad-spark.jar" ] || [ ! -f "$spark_root/target/corenlp-models.jar" ] \
    || [ -n "$(find "$spark_root/src/main" "$spark_root/pom.xml" -newer "$spark_root/target/dyad-spark.jar" -print -quit)" ]; then
    echo "spark-cluster: building target/dyad-spark.jar" >&2
    (cd "$spark_root" && mvn -q -B -DskipTests package) >&2
  fi
}

# A JVM on Spark's jars (and conf/), with the module openings Spark needs on Java 17.
spark_java() {
  SPARK_HOME=$spark_home SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 java "@$spark_root/src/main/jvm/spark-java17.args" \
    -cp "$spark_home/conf:$spark_home/jars/*" "$@"
}

# The same in the background, logging to LOG; its pid (the JVM's own: the subshell execs it) is kept for stop.
spark_daemon() {
  local log=$1
  shift
  (exec env SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 java "@$spark_root/src/main/jvm/spark-java17.args" \
    -cp "$spark_home/conf:$spark_home/jars/*" "$@") >"$log" 2>&1 &
  SPARK_CLUSTER_PIDS="${SPARK_CLUSTER_PIDS:-} $!"
}

start_spark_cluster() {
  local workers=${1:-2} port ui i
  if [ -n "${SPARK_MASTER_URL:-}" ]; then
    echo "spark-cluster: already running at $SPARK_MASTER_URL" >&2
    return 0
  fi
  build_spark_home
  rm -rf "$spark_logs"
  mkdir -p "$spark_logs"
  port=$(free_port)
  ui=$(free_port)
  SPARK_CLUSTER_PIDS=
  trap stop_spark_cluster EXIT
  spark_daemon "$spark_logs/master.log" -Xmx512m org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$port" --webui-port "$ui"
  for i in $(seq 1 "$workers"); do
    spark_daemon "$spark_logs/worker-$i.log" -Xmx512m org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --webui-port 0 --cores 1 --memory "${DYAD_SPARK_WORKER_MEMORY:-3g}" \
      --work-dir "$spark_logs/worker-$i" "spark://127.0.0.1:$port"
  done
  # The Master's JSON page counts the Workers that registered.
  for _ in $(seq 1 120); do
    if [ "$(curl -fsS "http://127.0.0.1:$ui/json/" 2>/dev/null | python3 -c \
      'import json, sys; print(sum(w["state"] == "ALIVE" for w in json.load(sys.stdin)["workers"]))' 2>/dev/null)" = "$workers" ]; then
      export SPARK_MASTER_URL="spark://127.0.0.1:$port"
      echo "spark-cluster: master $SPARK_MASTER_URL (web UI http://127.0.0.1:$ui/), $workers workers; logs in $spark_logs" >&2
      return 0
    fi
    sleep 1
  done
  echo "spark-cluster: the workers did not register in 120 s" >&2
  tail -n 20 "$spark_logs"/*.log >&2
  stop_spark_cluster
  return 1
}

stop_spark_cluster() {
  local pid
  for pid in ${SPARK_CLUSTER_PIDS:-}; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in ${SPARK_CLUSTER_PIDS:-}; do
    wait "$pid" 2>/dev/null || true
  done
  # Each executor fetched the application jars (half a gigabyte of models): keep only the logs.
  rm -f "$spark_logs"/worker-*/app-*/*/*.jar
  SPARK_CLUSTER_PIDS=
  SPARK_MASTER_URL=
}

# spark-submit, in client mode: the driver runs here and reads the folder, the executors extract.
spark_submit() {
  spark_java -Xmx1g org.apache.spark.deploy.SparkSubmit --master "$SPARK_MASTER_URL" --deploy-mode client \
    --class dyad.cli.SparkMain --jars "$spark_root/target/corenlp-models.jar" \
    --conf spark.driver.host=127.0.0.1 --executor-memory "${DYAD_SPARK_EXECUTOR_MEMORY:-2g}" \
    "$spark_root/target/dyad-spark.jar" "$@"
}

# The records the cluster writes for the FOLDERs are, sorted, byte for byte the lines 'bin/dyad extract' prints
# for them (one submission: the executors load the models once).
check_folders() {
  local out
  out=$(mktemp -d /tmp/dyad-spark-check.XXXXXX)
  "$spark_root/bin/dyad" extract "$@" >"$out/extract.jsonl" 2>"$out/extract.err" || true
  spark_submit spark extract --out "$out/spark" "$@" 2>"$out/spark.err" \
    || { cat "$out/spark.err" >&2; echo "spark-cluster: the job failed (kept in $out)" >&2; return 1; }
  if cmp -s <(LC_ALL=C sort "$out/extract.jsonl") <(LC_ALL=C sort "$out/spark/records.jsonl"); then
    echo "spark-cluster: $*: $(wc -l <"$out/extract.jsonl") records from the cluster, the same as 'dyad extract' (sorted, byte for byte)"
    rm -rf "$out"
  else
    diff <(LC_ALL=C sort "$out/extract.jsonl") <(LC_ALL=C sort "$out/spark/records.jsonl") | cut -c1-300 | head -10 >&2
    echo "spark-cluster: $*: the cluster's records differ from 'dyad extract' (kept in $out)" >&2
    return 1
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-}" in
    check)
      shift
      [ $# -gt 0 ] || { echo "usage: $0 check FOLDER…" >&2; exit 2; }
      start_spark_cluster 2
      check_folders "$@"
      ;;
    *)
      echo "usage: $0 check FOLDER…   (or source it: start_spark_cluster, spark_submit ARGS…, stop_spark_cluster)" >&2
      exit 2
      ;;
  esac
fi
