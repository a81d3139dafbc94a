# Exports urca's Denmark money-demand data (Johansen and Juselius 1990; shipped with R package urca as
# `denmark`, 1974:1-1987:3, quarterly) to denmark.csv, unchanged (doubles written with 17 significant digits,
# which round-trip exactly).
# Run: Rscript export_denmark.R   (R 4.2.2, urca 1.3.3 from Debian r-cran-urca)
library(urca)
data(denmark)
out <- data.frame(ENTRY = as.character(denmark$ENTRY))
for (v in c("LRM", "LRY", "LPY", "IBO", "IDE")) out[[v]] <- sprintf("%.17g", denmark[[v]])
write.csv(out, "denmark.csv", row.names = FALSE, quote = FALSE)
