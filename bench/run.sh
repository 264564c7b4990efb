#!/usr/bin/env bash
# Benchmarks of error-starter: the JMH benchmark of the resolve step, then wrk against the bench app
# with the starter and with Spring Boot's own error handling (--errors.enabled=false), on 127.0.0.1,
# for each Spring Boot line: 3.5 (bench/, error-spring-boot-starter) and 4 (bench/boot4, the same
# sources with error-spring-boot-4-starter).
# Method: bench/README.md (app pinned to core 1, wrk to core 0, ratios to /ok of the same app in
# the same run). Results: bench/target/results/<time>/ (summary.md of both lines, run.log), and per
# line boot-3.5/ and boot-4/ (summary.md, wrk outputs, app logs, jmh.txt).
#
#   bench/run.sh              everything, both lines (about 50 minutes)
#   bench/run.sh load         only the load test;  bench/run.sh jmh: only JMH
#   LINES=4 bench/run.sh      one Boot line only (3.5 or 4; default "3.5 4"); each phase runs
#                             line after line, so both lines' figures come from the same minutes
#   PHASES="main sentry" bench/run.sh load   only some phases of the load test (main, static, sentry;
#                                            experiments: a resolver door, no error lines; not in the default run)
#   bench/run.sh profile unknown_json --spring.web.resources.add-mappings=false   JFR profile of one case
#   LINES=4 bench/run.sh profile unknown_json   the profile runs on the first of LINES
#   WARMUP=6 CASE_WARMUP=1 DURATION=2 STARTS=1 JMH_OPTS="-wi 1 -i 1 -w 1 -r 1" bench/run.sh   a quick smoke run
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
WHAT=${1:-all}
WARMUP=${WARMUP:-60}             # seconds per app of all cases round-robin, 4 connections
CASE_WARMUP=${CASE_WARMUP:-3}    # seconds of each case right before measuring it
DURATION=${DURATION:-10}         # seconds measured per case
CONNECTIONS=${CONNECTIONS:-32}
STARTS=${STARTS:-5}              # starts of each app for the startup time
APP_CPU=${APP_CPU:-1}
LOAD_CPU=${LOAD_CPU:-0}
JVM_OPTS=${JVM_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
JMH_OPTS=${JMH_OPTS:-}
LINES=${LINES:-3.5 4}
RUN="$BENCH/target/results/$(date -u +%Y%m%dT%H%M%SZ)"
# the current line's folder (use_line); the run's own files (run.log, summary.md) are in $RUN
OUT="$RUN"
LINE=""
mkdir -p "$RUN"
PIDS=()

log() { echo "[$(date -u +%H:%M:%S)]${LINE:+ [boot $LINE]} $*" | tee -a "$RUN/run.log" >&2; }

# the module that builds each line's bench app: the same sources, the line's Boot and starter
line_module() {
	case $1 in
		3.5) echo bench ;;
		4) echo bench/boot4 ;;
		*) echo "unknown Boot line '$1' in LINES (3.5, 4)" >&2; exit 2 ;;
	esac
}
for line in $LINES; do line_module "$line" >/dev/null; done

# back to the run's folder, after the lines
use_run() {
	LINE=""
	OUT="$RUN"
}

# use_line LINE: the following phases, checks and summaries are this line's, in $RUN/boot-LINE
use_line() {
	LINE=$1
	OUT="$RUN/boot-$1"
	local module="$ROOT/$(line_module "$1")"
	CP="$module/target/classes:$(cat "$module/target/classpath.txt")"
	mkdir -p "$OUT"
	if [ ! -f "$OUT/versions.txt" ]; then
		# what the line ran on, read from the class path the apps start with
		tr ':' '\n' <"$module/target/classpath.txt" \
			| sed -nE 's#.*/(spring-boot|spring-core|sentry|jackson-databind)-([0-9][0-9.]*[0-9](-[A-Za-z0-9]+)?)\.jar$#\1\t\2#p' \
			| sort -u >"$OUT/versions.txt"
	fi
}

# stop only what this script started, by PID
cleanup() {
	for pid in "${PIDS[@]:-}"; do
		[ -n "$pid" ] && kill "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]:-}"; do
		[ -n "$pid" ] && wait "$pid" 2>/dev/null || true
	done
	PIDS=()
}
trap cleanup EXIT

stop_pid() {
	kill "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
	local kept=()
	for pid in "${PIDS[@]}"; do [ "$pid" != "$1" ] && kept+=("$pid"); done
	PIDS=("${kept[@]:-}")
}

ensure_wrk() {
	if ! command -v wrk >/dev/null; then
		log "installing wrk (Debian package)"
		for attempt in 1 2 3 4 5 6 7 8 9 10; do
			if (apt-get update -qq && apt-get install -y -qq wrk) >>"$OUT/apt.log" 2>&1; then break; fi
			sleep 15 # another apt-get may hold the lock
		done
	fi
	command -v wrk >/dev/null || { log "wrk is not installed"; exit 1; }
}

build() {
	local modules=() line
	for line in $LINES; do modules+=("$(line_module "$line")"); done
	log "building the starters and the bench modules: ${modules[*]}"
	(cd "$ROOT" && ./mvnw -B -q -Pbench -pl "$(IFS=,; echo "${modules[*]}")" -am package -DskipTests) \
		>"$RUN/build.log" 2>&1 || { cat "$RUN/build.log"; exit 1; }
}

run_jmh() {
	log "JMH: resolve step, -prof gc ($(awk '$1 == "spring-core" { print "Spring Framework " $2 }' "$OUT/versions.txt"))"
	# shellcheck disable=SC2086
	taskset -c "$APP_CPU" java -cp "$CP" org.openjdk.jmh.Main ResolveBenchmark -prof gc $JMH_OPTS \
		-rf text -rff "$OUT/jmh-result.txt" >"$OUT/jmh.txt" 2>&1
	grep -E '^(Benchmark|ResolveBenchmark\.[a-zA-Z]+ |ResolveBenchmark\.[a-zA-Z]+:gc.alloc.rate.norm)' "$OUT/jmh.txt" \
		| tee "$OUT/jmh-summary.txt"
}

# start_app NAME PORT ARGS... : starts the bench app pinned to the app core, waits until it answers
start_app() {
	local name=$1 port=$2
	shift 2
	# shellcheck disable=SC2086
	taskset -c "$APP_CPU" java $JVM_OPTS -cp "$CP" io.github.errorstarter.bench.BenchApplication \
		--server.port="$port" "$@" >"$OUT/$name.log" 2>&1 &
	local pid=$!
	PIDS+=("$pid")
	eval "PID_$name=$pid PORT_$name=$port"
	for _ in $(seq 1 240); do
		if curl -s -o /dev/null "http://127.0.0.1:$port/ok"; then return 0; fi
		kill -0 "$pid" 2>/dev/null || { log "$name died"; tail -50 "$OUT/$name.log"; exit 1; }
		sleep 0.5
	done
	log "$name did not start"
	exit 1
}

# the cases: name, expected status, path, wrk/curl options
case_path() {
	case $1 in
		ok*) echo /ok ;;
		unknown_*) echo /no/such/page ;;
		mapped_json) echo /mapped ;;
		boom_*) echo /boom ;;
		validation_json) echo /orders ;;
	esac
}
case_status() {
	case $1 in
		ok*) echo 200 ;;
		unknown_* | mapped_json) echo 404 ;;
		boom_*) echo 500 ;;
		validation_json) echo 400 ;;
	esac
}
case_accept() {
	case $1 in
		*_html) echo "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" ;;
		ok*) echo "*/*" ;;
		*) echo "application/json" ;;
	esac
}
# check a case once with curl: status and content type, printed to check.txt
check_case() {
	local app=$1 name=$2 port=$3 path status type
	path=$(case_path "$name")
	local args=(-s -o "$OUT/check-$app-$name.body" -w '%{http_code} %{content_type}\n' -H "Accept: $(case_accept "$name")")
	if [ "$name" = validation_json ]; then
		args+=(-X POST -H 'Content-Type: application/json' --data '{"item":"","quantity":-1}')
	fi
	read -r status type < <(curl "${args[@]}" "http://127.0.0.1:$port$path")
	local expected
	expected=$(case_status "$name")
	local verdict=ok
	[ "$status" = "$expected" ] || verdict="UNEXPECTED (wanted $expected)"
	echo "$app $name $status $type $verdict: $(head -c 160 "$OUT/check-$app-$name.body" | tr '\n' ' ')" \
		| tee -a "$OUT/check.txt" | sed "s/^/[boot $LINE] /" >&2
}

# wrk_case APP NAME PORT SECONDS CONNECTIONS FILE
wrk_case() {
	local path
	path=$(case_path "$2")
	local args=(-t2 -c"$5" -d"$4s" --latency)
	if [ "$2" = validation_json ]; then
		args+=(-s "$BENCH/scripts/post-invalid-order.lua")
	else
		args+=(-H "Accept: $(case_accept "$2")")
	fi
	taskset -c "$LOAD_CPU" wrk "${args[@]}" "http://127.0.0.1:$3$path" >"$6" 2>&1
}

to_ms() { # wrk's "1.23ms" / "456.00us" / "1.20s" to milliseconds
	awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# measure APP NAME PORT: 3 s of warm-up, then the measured run; appends to measurements.tsv
measure() {
	local app=$1 name=$2 port=$3 file="$OUT/wrk-$1-$2.txt"
	wrk_case "$app" "$name" "$port" "$CASE_WARMUP" "$CONNECTIONS" /dev/null
	local before after
	before=$(stat -c %s "$OUT/$app.log")
	wrk_case "$app" "$name" "$port" "$DURATION" "$CONNECTIONS" "$file"
	after=$(stat -c %s "$OUT/$app.log")
	local rps p50 p99 requests non2xx errors
	rps=$(awk '/^Requests\/sec/ { print $2 }' "$file")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
	requests=$(awk '/requests in/ { print $1 }' "$file")
	non2xx=$(awk '/Non-2xx/ { print $5 }' "$file")
	errors=$(awk '/Socket errors/ { print $0 }' "$file" | tr -d ',')
	local log_bytes
	log_bytes=$(awk -v a="$after" -v b="$before" -v n="$requests" 'BEGIN { printf "%.0f", (n > 0) ? (a - b) / n : 0 }')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$app" "$name" "$rps" "$p50" "$p99" "$requests" "${non2xx:-0}" \
		"$log_bytes" "${errors:-}" >>"$OUT/measurements.tsv"
	log "$app $name: $rps req/s, p50 ${p50} ms, p99 ${p99} ms, ${log_bytes} log bytes/request ${errors:-}"
}

# phase NAME "APP:PORT:ARGS ..." "CASES": starts the apps together, checks, warms, measures, stops them
phase() {
	local title=$1 apps=$2 cases=$3 spec app port args name
	log "phase $title: $apps"
	local names=()
	for spec in $apps; do
		IFS=: read -r app port args <<<"$spec"
		# shellcheck disable=SC2086
		start_app "$app" "$port" ${args//,/ }
		names+=("$app")
	done
	for app in "${names[@]}"; do
		port=$(eval echo "\$PORT_$app")
		for name in $cases; do check_case "$app" "$name" "$port"; done
	done
	# the apps share one core: each gets WARMUP seconds of its own
	local warmup=$((WARMUP * ${#names[@]}))
	log "warming up for ${warmup}s (all cases round-robin, 4 connections)"
	local end=$((SECONDS + warmup))
	while [ $SECONDS -lt $end ]; do
		for app in "${names[@]}"; do
			port=$(eval echo "\$PORT_$app")
			for name in $cases; do wrk_case "$app" "$name" "$port" 1 4 /dev/null; done
		done
	done
	for app in "${names[@]}"; do measure "$app" ok "$(eval echo "\$PORT_$app")"; done
	for name in $cases; do
		[ "$name" = ok ] && continue
		for app in "${names[@]}"; do measure "$app" "$name" "$(eval echo "\$PORT_$app")"; done
	done
	for app in "${names[@]}"; do measure "$app" ok_end "$(eval echo "\$PORT_$app")"; done
	for app in "${names[@]}"; do stop_pid "$(eval echo "\$PID_$app")"; done
}

start_ingest() {
	INGEST_PORT=18099
	: >"$OUT/ingest-count.txt"
	taskset -c "$LOAD_CPU" python3 "$BENCH/scripts/ingest.py" "$INGEST_PORT" "$OUT/ingest-count.txt" \
		>"$OUT/ingest.log" 2>&1 &
	INGEST_PID=$!
	PIDS+=("$INGEST_PID")
	sleep 1
}

startup_times() {
	[ "$STARTS" -gt 0 ] || return 0
	log "startup time: $STARTS starts of each app, alternating"
	: >"$OUT/startup.tsv"
	for i in $(seq 1 "$STARTS"); do
		for variant in starter boot; do
			local args=()
			[ $variant = boot ] && args=(--errors.enabled=false)
			start_app "startup_$variant" 18090 "${args[@]}"
			grep -o 'process running for [0-9.]*' "$OUT/startup_$variant.log" | awk -v v=$variant '{ print v "\t" $4 }' \
				>>"$OUT/startup.tsv"
			stop_pid "$(eval echo "\$PID_startup_$variant")"
		done
	done
	awk '{ s[$1] += $2; n[$1]++ } END { for (v in s) printf "%s mean start %.3f s over %d starts\n", v, s[v] / n[v], n[v] }' \
		"$OUT/startup.tsv" | tee -a "$RUN/run.log"
}

# each line's summary.md, then the run's: both lines side by side, then each line's
summarize() {
	local line
	for line in $LINES; do
		use_line "$line"
		[ -f "$OUT/measurements.tsv" ] || [ -f "$OUT/jmh-summary.txt" ] || continue
		python3 "$BENCH/scripts/summarize.py" "$OUT" >"$OUT/summary.md"
	done
	use_run
	python3 "$BENCH/scripts/summarize.py" "$RUN" >"$RUN/summary.md"
	cat "$RUN/summary.md"
}

# load_phase NAME: one phase of the load test on the current line
load_phase() {
	local main="ok unknown_json unknown_html mapped_json boom_json boom_html validation_json"
	case $1 in
		# starter_quiet: client errors (4xx) logged at DEBUG instead of one INFO line each, where the
		# starter has that setting (errors.logging.client-error-level); unknown settings are ignored
		main) phase main "starter:18081 boot:18082:--errors.enabled=false starter_quiet:18088:--errors.logging.client-error-level=debug" "$main" ;;
		static) phase static "starter_nostatic:18083:--spring.web.resources.add-mappings=false boot_nostatic:18084:--errors.enabled=false,--spring.web.resources.add-mappings=false" \
			"ok unknown_json unknown_html" ;;
		# experiments, not in the default phases: what the door a HandlerExceptionResolver would be,
		# instead of the @ControllerAdvice, saves (bench/src/.../experiment/), what the error log
		# lines cost (switched off), and what Logback's AsyncAppender gives back (logback-async.xml)
		experiments) phase experiments "starter:18081 resolver_door:18089:--bench.resolver-door=true starter_nolog:18090:--logging.level.io.github.errorstarter.errors=off starter_async:18091:--logging.config=classpath:logback-async.xml" \
			"ok unknown_json boom_json boom_html" ;;
		sentry)
			start_ingest
			# only the DSN, as an app that turns Sentry on sets: no tracing, which would add a
			# transaction to every request, /ok included
			local dsn="http://public@127.0.0.1:$INGEST_PORT/1" down="http://public@127.0.0.1:18098/1"
			phase sentry "starter_nosentry:18081 sentry:18085:--sentry.dsn=$dsn sentry_down:18086:--sentry.dsn=$down" \
				"ok boom_json boom_html"
			log "ingest received $(cat "$OUT/ingest-count.txt" 2>/dev/null || echo 0)+ envelopes (counted per 10)"
			stop_pid "$INGEST_PID"
			;;
		*) log "unknown phase $1 (main, static, sentry, experiments)"; exit 2 ;;
	esac
}

load() {
	ensure_wrk
	log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(uptime | sed 's/.*load/load/')"
	local line load_phase_name
	for line in $LINES; do
		use_line "$line"
		startup_times
	done
	# phase by phase, line after line: a phase's figures of both lines are minutes apart, not
	# the whole run
	for load_phase_name in ${PHASES:-main static sentry}; do
		for line in $LINES; do
			use_line "$line"
			load_phase "$load_phase_name"
		done
	done
	use_run
	log "load at the end: $(uptime | sed 's/.*load/load/')"
	summarize
}

jmh_all() {
	local line
	for line in $LINES; do
		use_line "$line"
		run_jmh
	done
	use_run
}

# profile CASE [APP ARGS...]: JFR samples of the starter app under one case's load
profile() {
	local name=$1
	shift
	ensure_wrk
	start_app profiled 18087 "$@"
	JFR_FILE="$OUT/profile-$name.jfr"
	log "warming $name for ${WARMUP}s"
	wrk_case profiled "$name" 18087 "$WARMUP" "$CONNECTIONS" /dev/null
	# the JDK's profile settings, sampling every millisecond instead of every 10
	local jdk
	jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
	sed '/<event name="jdk.ExecutionSample">/,/<\/event>/ s|<setting name="period"\([^>]*\)>[^<]*<|<setting name="period"\1>1 ms<|' \
		"$jdk/lib/jfr/profile.jfc" >"$OUT/sampling.jfc"
	jcmd "$PID_profiled" JFR.start name=bench settings="$OUT/sampling.jfc" filename="$JFR_FILE" >/dev/null
	wrk_case profiled "$name" 18087 "$DURATION" "$CONNECTIONS" "$OUT/wrk-profiled-$name.txt"
	jcmd "$PID_profiled" JFR.stop name=bench >/dev/null
	grep Requests/sec "$OUT/wrk-profiled-$name.txt"
	jfr print --json --stack-depth 128 --events jdk.ExecutionSample "$JFR_FILE" \
		| python3 "$BENCH/scripts/jfr_top.py" 30 | tee "$OUT/profile-$name.txt"
}

build
case $WHAT in
	profile) shift; use_line "${LINES%% *}"; profile "$@" ;;
	jmh) jmh_all; summarize >/dev/null ;;
	load) load ;;
	all) jmh_all; load ;;
	*) echo "usage: $0 [all|jmh|load|profile CASE [ARGS...]]"; exit 2 ;;
esac
use_run
log "results in $RUN"
