# Reference data and expected values for org.cocrea.climate.control tests.
# Run from this directory:  Rscript export-climate-reference.R > expected-values.txt
# Used: R 4.2.2, multilevel 2.7, psych 2.2.9 (Debian packages). The Java tests hold the printed
# numbers as constants; R is not needed to run the tests.
suppressMessages({
  library(multilevel)
  library(psych)
})
options(digits = 15)
show <- function(label, value) cat(sprintf("%s = %s\n", label, paste(format(value, digits = 15), collapse = ", ")))

## 1. bh1996 (Bliese & Halverson 1996): ICC(1), ICC(2) and the one-way ANOVA F test -----------
data(bh1996)
write.csv(bh1996[, c("GRP", "WBEING", "COHES")], "bh1996.csv", row.names = FALSE)
for (v in c("WBEING", "COHES")) {
  m <- aov(bh1996[[v]] ~ as.factor(bh1996$GRP))
  s <- summary(m)[[1]]
  show(paste0("bh1996 ", v, " ICC1"), ICC1(m))
  show(paste0("bh1996 ", v, " ICC2"), ICC2(m))
  show(paste0("bh1996 ", v, " F, df1, df2, p"), c(s[1, 4], s[1, 1], s[2, 1], s[1, 5]))
  show(paste0("bh1996 ", v, " MSB, MSW"), c(s[1, 3], s[2, 3]))
}

## 2. lq2002 (Bliese, Halverson & Schriesheim 2002): rwg and rwg(j) by company -----------------
data(lq2002)
lq <- lq2002[, c("COMPID", sprintf("LEAD%02d", 1:11), sprintf("TSIG%02d", 1:3), sprintf("HOSTIL%02d", 1:5))]
write.csv(lq, "lq2002.csv", row.names = FALSE)
report <- function(label, r, col) {
  show(paste0(label, " groups"), nrow(r))
  show(paste0(label, " mean"), mean(r[[col]], na.rm = TRUE))
  show(paste0(label, " median"), median(r[[col]], na.rm = TRUE))
  show(paste0(label, " zero (truncated) groups"), sum(r[[col]] == 0, na.rm = TRUE))
  for (g in c("2", "6", "13", "25", "49", "58")) show(paste0(label, " group ", g, " (n=", r$gsize[r$grpid == g], ")"), r[[col]][r$grpid == g])
}
# LEAD01..LEAD11 and TSIG01..TSIG03 are 5-point (1..5): sigma^2_EU = (5^2 - 1)/12 = 2
report("rwg.j LEAD", rwg.j(lq[, sprintf("LEAD%02d", 1:11)], lq$COMPID, ranvar = 2), "rwg.j")
report("rwg.j TSIG", rwg.j(lq[, sprintf("TSIG%02d", 1:3)], lq$COMPID, ranvar = 2), "rwg.j")
# HOSTIL items are coded 0..4 (5 points); variances do not change when the tests shift them to 1..5
report("rwg.j HOSTIL", rwg.j(lq[, sprintf("HOSTIL%02d", 1:5)], lq$COMPID, ranvar = 2), "rwg.j")
report("rwg LEAD01", rwg(lq$LEAD01, lq$COMPID, ranvar = 2), "rwg")
report("rwg HOSTIL01", rwg(lq$HOSTIL01, lq$COMPID, ranvar = 2), "rwg")

## 3. bfi agreeableness (psych): alpha, item statistics, omega total ----------------------------
data(bfi)
a5 <- bfi[, c("A1", "A2", "A3", "A4", "A5")]
write.csv(a5, "bfi-agreeableness.csv", row.names = FALSE, na = "")
show("bfi rows, complete rows", c(nrow(a5), sum(complete.cases(a5))))
x <- a5
x$A1 <- 7 - x$A1 # A1 is reverse keyed on the 6-point scale
x <- na.omit(x) # listwise deletion, as the Java code does (psych::alpha defaults to pairwise)
a <- psych::alpha(x)
show("alpha raw_alpha", a$total$raw_alpha)
show("alpha std.alpha", a$total$std.alpha)
show("alpha average_r", a$total$average_r)
show("alpha raw.r (item-total)", a$item.stats$raw.r)
show("alpha r.drop (corrected item-total)", a$item.stats$r.drop)
show("alpha alpha.drop raw_alpha", a$alpha.drop$raw_alpha)
show("alpha alpha.drop std.alpha", a$alpha.drop$std.alpha)

R <- cor(x)
f <- fa(x, nfactors = 1, fm = "minres")
show("fa minres loadings (psych, optim)", f$loadings[, 1])
o <- suppressWarnings(suppressMessages(omega(x, nfactors = 1, fm = "minres", plot = FALSE)))
show("psych::omega omega.tot", o$omega.tot)
# The same minres (unweighted least squares) one-factor fit, converged tightly by iterated
# principal axes, and omega total computed from it both ways.
h <- 1 - 1 / diag(solve(R))
for (it in 1:10000) {
  Rr <- R
  diag(Rr) <- h
  e <- eigen(Rr, symmetric = TRUE)
  lam <- e$vectors[, 1] * sqrt(e$values[1])
  if (max(abs(lam^2 - h)) < 1e-15) break
  h <- lam^2
}
lam <- lam * sign(sum(lam))
show("minres loadings (tight)", lam)
show("omega total, observed variance 1 - sum(psi)/sum(R) (tight)", 1 - sum(1 - lam^2) / sum(R))
show("omega total, model implied (sum l)^2/((sum l)^2 + sum psi) (tight)", sum(lam)^2 / (sum(lam)^2 + sum(1 - lam^2)))

## 4. attitude (datasets): a second alpha reference, no missing values ------------------------
data(attitude)
write.csv(attitude, "attitude.csv", row.names = FALSE)
b <- psych::alpha(attitude)
show("attitude raw_alpha", b$total$raw_alpha)
show("attitude std.alpha", b$total$std.alpha)
