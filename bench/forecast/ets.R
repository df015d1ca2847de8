# Forecasts the last year of every panel series with forecast::ets(), fully automatic (model
# chosen by AICc among the ETS models it allows by default), fitted on the series without it.
#
#   Rscript ets.R out/panel.csv out/fc_ets.csv
#
# Output columns: series, h, forecast, model (ets's name, e.g. "ETS(M,Ad,M)").
suppressPackageStartupMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
panel <- read.csv(args[1], stringsAsFactors = FALSE)

rows <- list()
for (name in unique(panel$series)) {
  s <- panel[panel$series == name, ]
  m <- s$frequency[1]
  train <- ts(head(s$value, -m), frequency = m)
  fit <- ets(train)
  rows[[name]] <- data.frame(series = name, h = seq_len(m),
                             forecast = as.numeric(forecast(fit, h = m)$mean), model = fit$method)
}
write.csv(do.call(rbind, rows), args[2], row.names = FALSE)  # quoted: names hold commas
