# Benchmark peer R (run by bench/run.sh with Debian's Rscript): times one workload with urca, lmtest and
# sandwich on the files bench.py generated, and writes OUT as JSON in the shape bench.py reads.
#
#   Rscript bench/peers.R WORKLOAD DATA_DIR OUT REPS
#
# Timing is inside R (proc.time, wall clock) around the work alone: start-up, package loading and reading the
# data are outside. One call on a short series first (lazy loading, byte-compiling), then REPS timed runs; the
# result file is rewritten after every run, so a run stopped by run.sh's timeout still reports those it finished.
suppressPackageStartupMessages({
  library(urca)
  library(lmtest)
  library(sandwich)
})
args <- commandArgs(trailingOnly = TRUE)
workload <- args[1]
data_dir <- args[2]
out <- args[3]
reps <- as.integer(args[4])

# Raw little-endian doubles; a file of k series becomes a matrix with one column per series.
read_f64 <- function(name, series = 1) {
  f <- file.path(data_dir, name)
  v <- readBin(f, "double", n = file.size(f) / 8, size = 8, endian = "little")
  matrix(v, ncol = series)
}

# The maximum lag ours and statsmodels use by default: ceil(12 (n/100)^(1/4)), capped at n/2 - 2 (constant).
default_maxlag <- function(n) min(ceiling(12 * (n / 100)^0.25), n %/% 2 - 2)

# urca's ADF with a constant and AIC over lags 1..maxlag (urca never tries 0), on the max-lag sample.
adf <- function(y, maxlag) {
  r <- ur.df(y, type = "drift", lags = maxlag, selectlags = "AIC")
  c(lag = nrow(coef(r@testreg)) - 2, tau = r@teststat[1, "tau2"], cval5 = r@cval["tau2", "5pct"])
}

adf_case <- function(file, series, maxlag) {
  m <- read_f64(file, series)
  lag <- if (is.na(maxlag)) default_maxlag(nrow(m)) else maxlag
  list(work = function() lapply(seq_len(ncol(m)), function(i) adf(m[, i], lag)),
       warm = function() adf(m[1:200, 1], 8),
       answers = function(res) list(lag = sapply(res, `[[`, "lag"), tau = sapply(res, `[[`, "tau")))
}

# lmtest's test "cause does not Granger-cause effect" at lag p: F and its p-value.
granger <- function(cause, effect, p) {
  r <- grangertest(cause, effect, order = p)
  c(F = r$F[2], p = r$`Pr(>F)`[2])
}

# "x does not Granger-cause y" at lags 1..4 (the file holds y, then x)
granger_pair_case <- function(file) {
  yx <- read_f64(file, 2)
  list(work = function() lapply(1:4, function(p) granger(yx[, 2], yx[, 1], p)),
       warm = function() granger(yx[1:200, 2], yx[1:200, 1], 4), answers = granger_answers)
}

granger_answers <- function(res) list(F = sapply(res, `[[`, "F"), p = sapply(res, `[[`, "p"))

# ADF (urca) on levels, then differences, until tau is below urca's 5% critical value; -1 after 3 differences.
integration_order <- function(y) {
  for (d in 0:3) {
    x <- if (d == 0) y else diff(y, differences = d)
    r <- adf(x, default_maxlag(length(x)))
    if (r[["tau"]] < r[["cval5"]]) return(d)
  }
  -1
}

# y on const, y(-1), x1, x2, x3: coefficients, HC1 and Newey-West (Bartlett, lag 30, no prewhitening, no n/(n-k)).
lagged_dependent <- function(m) {
  n <- nrow(m)
  d <- data.frame(y = m[-1, 1], ylag = m[-n, 1], x1 = m[-1, 2], x2 = m[-1, 3], x3 = m[-1, 4])
  fm <- lm(y ~ ylag + x1 + x2 + x3, data = d)
  list(coef = unname(coef(fm)), se_hc1 = unname(sqrt(diag(vcovHC(fm, type = "HC1")))),
       se_nw = unname(sqrt(diag(NeweyWest(fm, lag = 30, prewhite = FALSE, adjust = FALSE)))))
}

make_case <- function(w) {
  switch(w,
    adf_100k = adf_case("rw_100k.f64", 1, NA),
    adf_1m_12 = adf_case("rw_1m.f64", 1, 12),
    adf_1m_120 = adf_case("rw_1m.f64", 1, NA),
    adf_batch = adf_case("rw_1000x200.f64", 1000, NA),
    granger = granger_pair_case("granger_yx_10k.f64"),
    granger_1m = granger_pair_case("granger_yx_1m.f64"),
    granger_pairwise = {
      s <- read_f64("granger_50x200.f64", 50)
      pairs <- subset(expand.grid(effect = seq_len(ncol(s)), cause = seq_len(ncol(s))), cause != effect)
      list(work = function() unlist(lapply(1:4, function(p) lapply(seq_len(nrow(pairs)), function(i)
             granger(s[, pairs$cause[i]], s[, pairs$effect[i]], p))), recursive = FALSE),
           warm = function() granger(s[, 1], s[, 2], 4), answers = granger_answers)
    },
    integration_order = {
      s <- read_f64("oi_10000x15.f64", 10000)
      list(work = function() sapply(seq_len(ncol(s)), function(i) integration_order(s[, i])),
           warm = function() integration_order(s[, 1]), answers = function(res) list(order = res))
    },
    ldr_1m = {
      m <- read_f64("ldr_1m.f64", 4)
      list(work = function() lagged_dependent(m), warm = function() lagged_dependent(m[1:200, ]),
           answers = function(res) res)
    },
    stop("unknown workload ", w))
}

peak_rss_mb <- function() {
  line <- grep("^VmHWM:", readLines("/proc/self/status"), value = TRUE)
  as.numeric(gsub("[^0-9]", "", line)) / 1024
}

json_numbers <- function(x) paste0("[", paste(ifelse(is.na(x), "null", sprintf("%.17g", x)), collapse = ","), "]")

write_result <- function(times, answers) {
  fields <- paste0('"', names(answers), '":', vapply(answers, json_numbers, ""), collapse = ",")
  writeLines(sprintf('{"workload":"%s","side":"R","status":"ok","times_s":%s,"peak_rss_mb":%.1f,"answers":{%s}}',
                     workload, json_numbers(times), peak_rss_mb(), fields), out)
}

case <- make_case(workload)
invisible(case$warm())
times <- numeric(0)
for (i in seq_len(reps)) {
  t0 <- proc.time()[["elapsed"]]
  res <- case$work()
  times <- c(times, proc.time()[["elapsed"]] - t0)
  write_result(times, case$answers(res))
}
