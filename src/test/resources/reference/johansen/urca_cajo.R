# Johansen test references from R urca's ca.jo (spec = "transitory": the textbook VECM
# dX_t = Pi X_{t-1} + sum_i Gamma_i dX_{t-i} + deterministic + e_t; "longrun" gives the same eigenvalues,
# statistics, beta and alpha because Pi is the same). K = lag order of the VAR in levels, so the VECM has K - 1
# lagged differences. ecdet: "none" = unrestricted constant, "const" = constant restricted to the cointegrating
# relations, "trend" = trend restricted to the relations plus an unrestricted constant.
# Output: urca_cajo.csv, one value per row, 17 significant digits.
# Run: Rscript urca_cajo.R   (R 4.2.2, urca 1.3.3 from Debian r-cran-urca)
library(urca)
ref <- "../cointegration/"
sets <- list(
  denmark = read.csv(paste0(ref, "denmark.csv"))[, c("LRM", "LRY", "LPY", "IBO")],
  coint3 = read.csv(paste0(ref, "coint3.csv")),
  nocoint3 = read.csv(paste0(ref, "nocoint3.csv")))
rows <- list()
add <- function(set, ecdet, K, what, i, j, v) {
  rows[[length(rows) + 1]] <<- data.frame(dataset = set, ecdet = ecdet, K = K, quantity = what, i = i, j = j,
                                          value = sprintf("%.17g", v))
}
for (set in names(sets)) for (ecdet in c("none", "const", "trend")) for (K in c(2, 3)) {
  x <- sets[[set]]
  k <- ncol(x)
  tr <- ca.jo(x, type = "trace", ecdet = ecdet, K = K, spec = "transitory")
  ev <- ca.jo(x, type = "eigen", ecdet = ecdet, K = K, spec = "transitory")
  # teststat is ordered r <= k-1, ..., r = 0; write it as r0 = 0..k-1
  for (r0 in 0:(k - 1)) {
    add(set, ecdet, K, "trace", r0, 0, rev(tr@teststat)[r0 + 1])
    add(set, ecdet, K, "maxeig", r0, 0, rev(ev@teststat)[r0 + 1])
  }
  for (i in 1:k) add(set, ecdet, K, "eigenvalue", i - 1, 0, tr@lambda[i])
  V <- tr@V  # columns: vectors normalised on the first variable; rows: variables (then the restricted term)
  W <- tr@W  # loadings matching V
  for (j in 1:k) {
    for (i in 1:nrow(V)) add(set, ecdet, K, "beta", i - 1, j - 1, V[i, j])
    for (i in 1:nrow(W)) add(set, ecdet, K, "alpha", i - 1, j - 1, W[i, j])
  }
}
write.csv(do.call(rbind, rows), "urca_cajo.csv", row.names = FALSE, quote = FALSE)
