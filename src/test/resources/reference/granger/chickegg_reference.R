# R lmtest's ChickEgg data (Thurman and Fisher 1988: annual US chicken population and egg production,
# 1930-1983) and lmtest::grangertest results. Run: Rscript chickegg_reference.R > chickegg_r.txt
# Writes chickegg.csv (the data, unchanged) for the Java tests and granger_reference.py.
suppressMessages(library(lmtest))
data(ChickEgg)
cat("# R", R.version.string, "lmtest", as.character(packageVersion("lmtest")), "\n")
write.csv(data.frame(year = as.integer(time(ChickEgg)), chicken = ChickEgg[, "chicken"], egg = ChickEgg[, "egg"]),
          "chickegg.csv", row.names = FALSE)
for (p in 1:4) {
  # grangertest(y ~ x): "x does not Granger-cause y"; F test with df (p, n - 2p - 1)
  g <- grangertest(chicken ~ egg, order = p, data = ChickEgg)
  cat(sprintf("egg_to_chicken.lag%d.f %.17g\negg_to_chicken.lag%d.p %.17g\negg_to_chicken.lag%d.df2 %d\n",
              p, g$F[2], p, g$`Pr(>F)`[2], p, g$Res.Df[1]))
  g <- grangertest(egg ~ chicken, order = p, data = ChickEgg)
  cat(sprintf("chicken_to_egg.lag%d.f %.17g\nchicken_to_egg.lag%d.p %.17g\nchicken_to_egg.lag%d.df2 %d\n",
              p, g$F[2], p, g$`Pr(>F)`[2], p, g$Res.Df[1]))
}
# Published example (lmtest's ?grangertest): grangertest(egg ~ chicken, order = 3), grangertest(chicken ~ egg, order = 3)
