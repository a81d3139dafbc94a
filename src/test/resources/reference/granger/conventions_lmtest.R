# Granger conventions of R lmtest (issue 15 presets), the "R" preset's reference.
# Run from this directory: Rscript conventions_lmtest.R > conventions_lmtest.txt
# Same series as conventions_statsmodels.py (which writes synthetic16.csv): g, c = 100 * diff(log()) of
# realgdp, realcons (../unitroot/macrodata.csv); x, y of synthetic16.csv. Case "X_to_Y.lagP": grangertest(X, Y,
# order = P) (null "X does not Granger-cause Y"), its default F test (waldtest): F, p, df1, residual df2 and the
# observations n = df2 + 2P + 1 of the unrestricted lm, each order on its own sample (lmtest has no lag selection).
suppressPackageStartupMessages(library(lmtest))
cat("# R", R.version$major, R.version$minor, "lmtest", as.character(packageVersion("lmtest")), "\n")
m <- read.csv("../unitroot/macrodata.csv")
syn <- read.csv("synthetic16.csv")
s <- list(g = 100 * diff(log(m$realgdp)), c = 100 * diff(log(m$realcons)), x = syn$x, y = syn$y)
out <- function(case, key, v) cat(sprintf("%s.%s %.17g\n", case, key, v))
for (cse in list(c("g", "c", 4), c("c", "g", 4), c("x", "y", 3), c("y", "x", 3))) {
  for (p in 1:as.integer(cse[3])) {
    r <- grangertest(s[[cse[1]]], s[[cse[2]]], order = p)
    case <- sprintf("%s_to_%s.lag%d", cse[1], cse[2], p)
    out(case, "f", r$F[2]); out(case, "f_p", r$`Pr(>F)`[2]); out(case, "df1", -r$Df[2])
    out(case, "df2", r$Res.Df[1]); out(case, "nobs", r$Res.Df[1] + 2 * p + 1)
  }
}
