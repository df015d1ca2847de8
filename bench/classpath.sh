# Sourced by the bench scripts: the classpath of the bench mains (src/test/java/dev/scorecard/bench),
# which are kept out of the production jar. Compiles main and test classes and asks Maven for the
# test-scope dependencies (DuckDB among them) once; BENCH_CLASSPATH then holds the result.
# Expects ROOT to be the repository root.

bench_classpath() {
  local cp_file="$ROOT/target/bench.classpath"
  if [[ ! -f "$cp_file" || "$ROOT/pom.xml" -nt "$cp_file" || ! -d "$ROOT/target/test-classes/dev/scorecard/bench" ]]; then
    printf 'bench: compiling the bench mains (mvn test-compile)\n' >&2
    (cd "$ROOT" && mvn -q -B -DskipTests test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath) >&2
  fi
  BENCH_CLASSPATH="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$cp_file")"
}
