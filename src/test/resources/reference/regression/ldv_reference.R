# Cross-check of the lagged-dependent regression with R: dynlm (model), lmtest (bgtest, dwtest),
# sandwich (vcovHC HC0-HC3, NeweyWest without prewhitening). Run: Rscript ldv_reference.R > ldv_r.txt
# (reads macrodata.csv and annual.csv). Output lines "case.statistic value", 17 significant digits.
suppressMessages({library(dynlm); library(lmtest); library(sandwich)})
cat("# R", R.version.string, "dynlm", as.character(packageVersion("dynlm")), "lmtest",
    as.character(packageVersion("lmtest")), "sandwich", as.character(packageVersion("sandwich")), "\n")
out <- function(case, key, v) {
  if (length(v) == 1) cat(sprintf("%s.%s %.17g\n", case, key, v))
  else for (i in seq_along(v)) cat(sprintf("%s.%s[%d] %.17g\n", case, key, i - 1, v[i]))
}
report <- function(case, m) {
  n <- nobs(m)
  out(case, "n", n)
  out(case, "params", coef(m))
  out(case, "bse", sqrt(diag(vcov(m))))
  out(case, "durbin_watson", dwtest(m)$statistic)
  for (q in 1:2) {
    b <- bgtest(m, order = q)               # fill = 0: pre-sample residuals set to 0, n kept
    out(case, sprintf("bg%d_lm", q), b$statistic); out(case, sprintf("bg%d_lm_p", q), b$p.value)
    b <- bgtest(m, order = q, type = "F")
    out(case, sprintf("bg%d_f", q), b$statistic); out(case, sprintf("bg%d_f_p", q), b$p.value)
  }
  for (hc in c("HC0", "HC1", "HC2", "HC3"))
    out(case, paste0("bse_", hc), sqrt(diag(vcovHC(m, type = hc))))
  L <- floor(4 * (n / 100)^(2 / 9))
  out(case, "nw_lag_default", L)
  # NeweyWest(lag = L, prewhite = FALSE): Bartlett weights 1 - l/(L+1); adjust = TRUE multiplies by n/(n-k).
  out(case, "bse_hacdefault_nocorr", sqrt(diag(NeweyWest(m, lag = L, prewhite = FALSE, adjust = FALSE))))
  out(case, "bse_hacdefault_corr", sqrt(diag(NeweyWest(m, lag = L, prewhite = FALSE, adjust = TRUE))))
}
macro <- read.csv("macrodata.csv")
d <- ts(diff(log(as.matrix(macro[, c("realgdp", "realcons", "realinv")]))), start = c(1959, 2), frequency = 4)
Y <- d[, "realcons"]; GDP <- d[, "realgdp"]; INV <- d[, "realinv"]
report("macro_p1", dynlm(Y ~ L(Y, 1) + GDP + INV))
report("macro_p2l1", dynlm(Y ~ L(Y, 1:2) + GDP + L(GDP, 1) + INV + L(INV, 1)))
report("macro_mixed", dynlm(Y ~ L(Y, 1) + GDP + L(GDP, 1:2) + INV))
a <- read.csv("annual.csv")
A <- ts(cbind(Y = log(a$us_atp_exports_world_usd), FDIGDP = a$fdi_pct_gdp, PATENT = a$ln_patent_nonresident),
        start = 2004)
report("annual", dynlm(Y ~ L(Y, 1) + FDIGDP + PATENT, data = A))
