# Writes the accuracy panel: real seasonal series shipped with R (packages datasets and
# forecast), one row per observation, to the CSV named by the first argument.
#
#   Rscript panel.R out/panel.csv
#
# Columns: series, source, frequency, t (1-based index), year, cycle (month or quarter), value.
# Series with missing values are left out (presidents), and so are series that are not
# monthly or quarterly (sunspots' 11-year cycle, BJsales, annual data).
suppressPackageStartupMessages(library(forecast))

seatbelts <- function(column) Seatbelts[, column]

panel <- list(
  # monthly, package datasets
  AirPassengers = list("datasets", AirPassengers),
  nottem = list("datasets", nottem),
  UKDriverDeaths = list("datasets", UKDriverDeaths),
  ldeaths = list("datasets", ldeaths),
  mdeaths = list("datasets", mdeaths),
  fdeaths = list("datasets", fdeaths),
  co2 = list("datasets", co2),
  USAccDeaths = list("datasets", USAccDeaths),
  Seatbelts.DriversKilled = list("datasets", seatbelts("DriversKilled")),
  Seatbelts.front = list("datasets", seatbelts("front")),
  Seatbelts.rear = list("datasets", seatbelts("rear")),
  Seatbelts.kms = list("datasets", seatbelts("kms")),
  Seatbelts.PetrolPrice = list("datasets", seatbelts("PetrolPrice")),
  Seatbelts.VanKilled = list("datasets", seatbelts("VanKilled")),
  # quarterly, package datasets
  UKgas = list("datasets", UKgas),
  JohnsonJohnson = list("datasets", JohnsonJohnson),
  austres = list("datasets", austres),
  freeny.y = list("datasets", freeny.y),
  # shipped with the forecast package
  wineind = list("forecast", forecast::wineind),
  gas = list("forecast", forecast::gas),
  woolyrnq = list("forecast", forecast::woolyrnq)
)

rows <- list()
for (name in names(panel)) {
  y <- panel[[name]][[2]]
  stopifnot(frequency(y) %in% c(4, 12), !anyNA(y))
  rows[[name]] <- data.frame(
    series = name, source = panel[[name]][[1]], frequency = frequency(y), t = seq_along(y),
    year = as.integer(floor(as.numeric(time(y)) + 1e-6)), cycle = as.integer(cycle(y)),
    value = as.numeric(y))
}

args <- commandArgs(trailingOnly = TRUE)
write.csv(do.call(rbind, rows), args[1], row.names = FALSE, quote = FALSE)
