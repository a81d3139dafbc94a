# MacKinnon (1996) finite-sample p-values of the ADF tau (constant, one series) from R urca's punitroot, for
# the paper's two Table II statistics at N = 12 regression observations (the issue-15 example), and for the
# same statistics at N = 11 and 13. Used by AdfSimulationTest as an independent check of the simulated p-value.
# Run from this folder: Rscript urca_punitroot.R   (R 4.2.2, urca 1.3.3, Debian r-cran-urca)
suppressMessages(library(urca))
rows <- expand.grid(tau = c(-3.647, -3.515), N = c(11, 12, 13))
rows$p <- mapply(function(tau, N) suppressWarnings(punitroot(tau, N = N, trend = "c", statistic = "t")),
                 rows$tau, rows$N)
write.csv(rows, "urca_punitroot.csv", row.names = FALSE)
