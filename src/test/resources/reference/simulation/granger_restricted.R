# The restricted model of the Granger bootstrap on R lmtest's ChickEgg data (../granger/chickegg.csv), effect
# chicken, cause egg, Toda-Yamamoto p = 2, d = 1: chicken_t on a constant, chicken_{t-1..t-3} and egg_{t-3}.
# Writes the leverages (hatvalues), the centred residuals and the centred leveraged residuals
# e_t / sqrt(1 - h_t) of Hacker and Hatemi-J (2006), for GrangerBootstrapTest.
# Run from this folder: Rscript granger_restricted.R   (R 4.2.2, stats::lm)
d <- read.csv("../granger/chickegg.csv")
n <- nrow(d)
L <- function(x, l) x[(4 - l):(n - l)]  # rows t = 4..n, lag l
y <- d$chicken[4:n]
fit <- lm(y ~ L(d$chicken, 1) + L(d$chicken, 2) + L(d$chicken, 3) + L(d$egg, 3))
e <- residuals(fit)
h <- hatvalues(fit)
lev <- e / sqrt(1 - h)
out <- data.frame(year = d$year[4:n], leverage = h, residual = e - mean(e), leveraged = lev - mean(lev))
write.csv(format(out, digits = 17), "granger_restricted.csv", row.names = FALSE, quote = FALSE)
