# lmtest::grangertest on the LEVELS of statsmodels' macrodata realgdp and realcons (../regression/macrodata.csv):
# trending series whose lags are nearly collinear, the case where the Java Granger test must refuse its
# one-pass cross products and use QR (GrangerOnePassTest). Run: Rscript macro_levels_reference.R > macro_levels_r.txt
suppressMessages(library(lmtest))
m <- read.csv("../regression/macrodata.csv")
cat("# R", R.version.string, "lmtest", as.character(packageVersion("lmtest")), "\n")
for (p in 1:4) {
  # grangertest(y ~ x): "x does not Granger-cause y"; F test with df (p, n - 2p - 1)
  g <- grangertest(realcons ~ realgdp, order = p, data = m)
  cat(sprintf("gdp_to_cons.lag%d.f %.17g\ngdp_to_cons.lag%d.p %.17g\ngdp_to_cons.lag%d.df2 %d\n",
              p, g$F[2], p, g$`Pr(>F)`[2], p, g$Res.Df[1]))
}
