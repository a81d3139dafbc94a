# Reference values for the panel unit-root engine (engine/unitroot/panel) from R plm's purtest.
# Run from this folder: Rscript plm_reference.R   (writes panels.csv and plm_purtest.csv)
# Panels: plm's Grunfeld data (firm value, 10 firms x 20 years) and seeded synthetic panels.
suppressMessages(library(plm))
data("Grunfeld", package = "plm")
set.seed(20261203)

long <- function(name, units) {
  do.call(rbind, lapply(seq_along(units), function(i) {
    x <- units[[i]]
    data.frame(panel = name, unit = sprintf("u%02d", i), time = seq_along(x), value = sprintf("%.17g", x))
  }))
}
ar1 <- function(n, phi, mu) { e <- rnorm(n + 50); y <- numeric(n + 50)
  for (t in 2:(n + 50)) y[t] <- phi * y[t - 1] + e[t]; mu + y[51:(n + 50)] }
rw <- function(n) cumsum(rnorm(n))

panels <- list()
panels$grunfeld_value <- split(Grunfeld$value, Grunfeld$firm)
panels$stationary <- lapply(1:20, function(i) ar1(21, 0.5, rnorm(1, 0, 3)))
panels$unitroot <- lapply(1:20, function(i) rw(21))
panels$mixed <- c(lapply(1:10, function(i) ar1(22, 0.3, rnorm(1))), lapply(1:10, function(i) rw(22)))
# unbalanced: stationary units of 15..22 observations
panels$unbalanced <- lapply(1:12, function(i) ar1(15 + (i %% 8), 0.4, rnorm(1)))

dat <- do.call(rbind, lapply(names(panels), function(p) long(p, panels[[p]])))
write.csv(dat, "panels.csv", row.names = FALSE, quote = FALSE)

# the values as written (17 digits), so R and Java test the same numbers
dat <- read.csv("panels.csv")
# a pdata.frame of one panel; demeaned: the cross-sectional mean at each time subtracted
pdat <- function(p, demean) { d <- dat[dat$panel == p, c("unit", "time", "value")]
  if (demean) d$value <- d$value - ave(d$value, d$time)
  pdata.frame(d, index = c("unit", "time")) }

rows <- list()
add <- function(panel, demean, test, exo, lags, hcons, r) {
  s <- r$statistic
  e <- if (!is.null(r$adjval) && test == "ips") mean(r$adjval[1, ]) else NA
  v <- if (!is.null(r$adjval) && test == "ips") mean(r$adjval[2, ]) else NA
  tb <- if (test == "ips") mean(sapply(r$idres, function(x) x$trho)) else NA
  rows[[length(rows) + 1]] <<- data.frame(panel = panel, demean = demean, test = test, exo = exo, lags = lags,
    hcons = hcons, statistic = unname(s$statistic), p_value = s$p.value, etbar = e, vtbar = v, tbar = tb)
}
fisher <- c("madwu", "invnormal", "logit", "Pm")
for (p in names(panels)) {
  for (dm in c(FALSE, TRUE)) {
    if (dm && p != "mixed") next
    x <- pdat(p, dm)
    fml <- function(exo) if (exo == "trend") value ~ trend else value ~ 1
    for (exo in c("intercept", "trend")) for (lg in 0:1) {
      for (tst in c(fisher, "ips")) {
        r <- purtest(fml(exo), data = x, test = tst, lags = lg, dfcor = TRUE, p.approx = "MacKinnon1994")
        add(p, dm, tst, exo, lg, NA, r)
      }
    }
    if (p != "unbalanced") for (exo in c("intercept", "trend")) for (hc in c(TRUE, FALSE)) {
      r <- purtest(fml(exo), data = x, test = "hadri", Hcons = hc)
      add(p, dm, "hadri", exo, NA, hc, r)
    }
  }
}
out <- do.call(rbind, rows)
num <- sapply(out, is.numeric); out[num] <- lapply(out[num], function(v) sprintf("%.17g", v))
write.csv(out, "plm_purtest.csv", row.names = FALSE, quote = FALSE)
cat("R", R.version$major, R.version$minor, "plm", as.character(packageVersion("plm")), "\n")

# plm's MacKinnon (1994) p-value on a grid of tau, inside and outside the table's ends: plm extrapolates the
# polynomial (no cut-offs); the engine cuts off, and its Fisher tests take the p-value at the table's end
taus <- c(-25, -19, -10, -4, -3, -2, -1.5, -1, 0, 1, 2, 3, 5)
pad <- do.call(rbind, lapply(c("none", "intercept", "trend"), function(exo)
  data.frame(exo = exo, tau = taus, p_value = sprintf("%.17g", plm:::padf(taus, exo = exo, p.approx = "MacKinnon1994")))))
write.csv(pad, "plm_padf.csv", row.names = FALSE, quote = FALSE)

# Levin-Lin-Chu (purtest test = "levinlin", plm's defaults dfcor = FALSE and q = round(3.21 T^(1/3))) on the
# balanced panels above, each also demeaned, and on three longer seeded panels (llc_panels.csv) whose T is
# between rows of LLC's Table 2 (27, 120) or on one (60), so that plm's interpolation is exercised; lags fixed at
# 0 and 1 and chosen by SIC and AIC with pmax = 2. Drawn after everything above, so the earlier files are unchanged.
llc <- list()
llc$llc_t27 <- lapply(1:8, function(i) ar1(27, 0.6, rnorm(1)))
llc$llc_t60 <- lapply(1:6, function(i) 0.1 * seq_len(60) + rw(60))
llc$llc_t120 <- lapply(1:5, function(i) ar1(120, 0.9, rnorm(1, 0, 2)))
ldat <- do.call(rbind, lapply(names(llc), function(p) long(p, llc[[p]])))
write.csv(ldat, "llc_panels.csv", row.names = FALSE, quote = FALSE)
ldat <- read.csv("llc_panels.csv")
lrows <- list()
for (src in c("panels.csv", "llc_panels.csv")) {
  d0 <- read.csv(src)
  for (p in unique(d0$panel)) {
    if (p == "unbalanced") next  # plm: "not applicable to unbalanced panels"
    for (dm in c(FALSE, TRUE)) {
      d <- d0[d0$panel == p, c("unit", "time", "value")]
      if (dm) d$value <- d$value - ave(d$value, d$time)
      x <- pdata.frame(d, index = c("unit", "time"))
      for (exo in c("none", "intercept", "trend")) for (lg in list(0L, 1L, "SIC", "AIC")) {
        fml <- switch(exo, none = value ~ 0, intercept = value ~ 1, trend = value ~ trend)
        r <- suppressWarnings(purtest(fml, data = x, test = "levinlin", lags = lg, pmax = 2))
        lrows[[length(lrows) + 1]] <- data.frame(file = src, panel = p, demean = dm, exo = exo,
          lags = as.character(lg), statistic = sprintf("%.17g", unname(r$statistic$statistic)),
          p_value = sprintf("%.17g", r$statistic$p.value),
          lags_used = paste(sapply(r$idres, function(u) u$lags), collapse = " "))
      }
    }
  }
}
write.csv(do.call(rbind, lrows), "plm_levinlin.csv", row.names = FALSE, quote = FALSE)

# The demeaning option on the panels not demeaned above (the unbalanced one included: there the time mean is over
# the units observed at that time, as ave() takes it): Fisher and IPS (t-bar) as in plm_purtest.csv.
drows <- list()
for (p in c("grunfeld_value", "stationary", "unitroot", "unbalanced")) {
  x <- pdat(p, TRUE)
  for (exo in c("intercept", "trend")) for (lg in 0:1) for (tst in c(fisher, "ips")) {
    fml <- if (exo == "trend") value ~ trend else value ~ 1
    r <- purtest(fml, data = x, test = tst, lags = lg, dfcor = TRUE, p.approx = "MacKinnon1994")
    drows[[length(drows) + 1]] <- data.frame(panel = p, demean = TRUE, test = tst, exo = exo, lags = lg, hcons = NA,
      statistic = sprintf("%.17g", unname(r$statistic$statistic)), p_value = sprintf("%.17g", r$statistic$p.value),
      tbar = if (tst == "ips") sprintf("%.17g", mean(sapply(r$idres, function(u) u$trho))) else NA)
  }
}
write.csv(do.call(rbind, drows), "plm_purtest_demeaned.csv", row.names = FALSE, quote = FALSE)
