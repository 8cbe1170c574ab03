# Reference values for org.cocrea.analytics.control (OLS, hierarchical regression,
# PROCESS models 4 and 7, bootstrap CIs). Run from this directory:
#   Rscript process-reference.R
# R 4.2.2 (Debian), psych (Tal_Or, Garcia data). Writes the CSVs next to this script.
# Everything is computed with lm() formulas and base R; PROCESS itself is not used.
suppressMessages(library(psych))
options(digits = 17)

tal <- Tal_Or[, c("cond", "pmi", "import", "reaction", "gender", "age")]
tal <- data.frame(lapply(tal, as.numeric))
garcia <- Garcia[, c("protest", "sexism", "anger", "liking", "respappr", "prot2")]
garcia <- data.frame(lapply(garcia, as.numeric))
write.csv(tal, "tal_or.csv", row.names = FALSE)
write.csv(garcia, "garcia.csv", row.names = FALSE)

expected <- list()
put <- function(name, value) expected[[name]] <<- unname(value)

# ---- OLS: reaction ~ cond + pmi + import + age --------------------------------
fit <- lm(reaction ~ cond + pmi + import + age, data = tal)
s <- summary(fit)
ci <- confint(fit)
co <- s$coefficients
for (term in rownames(co)) {
  put(paste0("ols.", term, ".b"), co[term, 1])
  put(paste0("ols.", term, ".se"), co[term, 2])
  put(paste0("ols.", term, ".t"), co[term, 3])
  put(paste0("ols.", term, ".p"), co[term, 4])
  put(paste0("ols.", term, ".lo"), ci[term, 1])
  put(paste0("ols.", term, ".hi"), ci[term, 2])
}
zfit <- lm(scale(reaction) ~ scale(cond) + scale(pmi) + scale(import) + scale(age), data = tal)
preds <- c("cond", "pmi", "import", "age")
for (i in seq_along(preds)) {
  put(paste0("ols.", preds[i], ".beta"), coef(zfit)[i + 1])
  others <- setdiff(preds, preds[i])
  r2 <- summary(lm(reformulate(others, preds[i]), data = tal))$r.squared
  put(paste0("ols.", preds[i], ".vif"), 1 / (1 - r2))
}
put("ols.r2", s$r.squared)
put("ols.adjr2", s$adj.r.squared)
put("ols.F", s$fstatistic[1])
put("ols.df1", s$fstatistic[2])
put("ols.df2", s$fstatistic[3])
put("ols.Fp", pf(s$fstatistic[1], s$fstatistic[2], s$fstatistic[3], lower.tail = FALSE))

# ---- Hierarchical: controls -> X -> M -> X*M (cond, pmi mean-centred) ---------
tal$condc <- tal$cond - mean(tal$cond)
tal$pmic <- tal$pmi - mean(tal$pmi)
h1 <- lm(reaction ~ gender + age, data = tal)
h2 <- lm(reaction ~ gender + age + condc, data = tal)
h3 <- lm(reaction ~ gender + age + condc + pmic, data = tal)
h4 <- lm(reaction ~ gender + age + condc + pmic + I(condc * pmic), data = tal)
hs <- list(h1, h2, h3, h4)
h0 <- lm(reaction ~ 1, data = tal)
prev <- h0
for (i in 1:4) {
  a <- anova(prev, hs[[i]])
  put(paste0("hier.step", i, ".r2"), summary(hs[[i]])$r.squared)
  put(paste0("hier.step", i, ".dr2"), summary(hs[[i]])$r.squared - if (i == 1) 0 else summary(prev)$r.squared)
  put(paste0("hier.step", i, ".Fchange"), a$F[2])
  put(paste0("hier.step", i, ".df1"), a$Df[2])
  put(paste0("hier.step", i, ".df2"), a$Res.Df[2])
  put(paste0("hier.step", i, ".pchange"), a$`Pr(>F)`[2])
  prev <- hs[[i]]
}
put("hier.step4.int.b", coef(h4)[6])
put("hier.step4.int.se", summary(h4)$coefficients[6, 2])

# ---- PROCESS model 4 on Tal_Or: X = cond, M = pmi, Y = reaction --------------
ma <- lm(pmi ~ cond, data = tal)
my <- lm(reaction ~ cond + pmi, data = tal)
mc <- lm(reaction ~ cond, data = tal)
put("m4.a", coef(ma)["cond"]); put("m4.a.se", summary(ma)$coefficients["cond", 2])
put("m4.b", coef(my)["pmi"]); put("m4.b.se", summary(my)$coefficients["pmi", 2])
put("m4.cprime", coef(my)["cond"]); put("m4.cprime.se", summary(my)$coefficients["cond", 2])
put("m4.c", coef(mc)["cond"]); put("m4.c.se", summary(mc)$coefficients["cond", 2])
put("m4.c.p", summary(mc)$coefficients["cond", 4])
put("m4.indirect", coef(ma)["cond"] * coef(my)["pmi"])
put("m4.m.r2", summary(ma)$r.squared); put("m4.y.r2", summary(my)$r.squared)
# with covariates gender and age in both equations
mac <- lm(pmi ~ cond + gender + age, data = tal)
myc <- lm(reaction ~ cond + pmi + gender + age, data = tal)
mcc <- lm(reaction ~ cond + gender + age, data = tal)
put("m4cov.a", coef(mac)["cond"]); put("m4cov.b", coef(myc)["pmi"])
put("m4cov.cprime", coef(myc)["cond"]); put("m4cov.c", coef(mcc)["cond"])
put("m4cov.indirect", coef(mac)["cond"] * coef(myc)["pmi"])

# ---- PROCESS model 7 on Garcia: X = prot2 (protest yes/no), W = sexism,
#      M = respappr, Y = liking --------------------------------------------------
g <- garcia
m7m <- lm(respappr ~ prot2 + sexism + I(prot2 * sexism), data = g)
m7y <- lm(liking ~ prot2 + respappr, data = g)
cm <- coef(m7m); vm <- vcov(m7m)
put("m7.a0", cm[1]); put("m7.a1", cm[2]); put("m7.a2", cm[3]); put("m7.a3", cm[4])
put("m7.a3.se", summary(m7m)$coefficients[4, 2]); put("m7.a3.p", summary(m7m)$coefficients[4, 4])
put("m7.m.r2", summary(m7m)$r.squared)
put("m7.cprime", coef(m7y)["prot2"]); put("m7.b", coef(m7y)["respappr"])
put("m7.b.se", summary(m7y)$coefficients["respappr", 2])
put("m7.index", cm[4] * coef(m7y)["respappr"])
# conditioning values: PROCESS percentiles (16/50/84) = quantile type 6
wq <- quantile(g$sexism, c(.16, .5, .84), type = 6)
wsd <- c(mean(g$sexism) - sd(g$sexism), mean(g$sexism), mean(g$sexism) + sd(g$sexism))
dfm <- df.residual(m7m)
tcrit <- qt(0.975, dfm)
for (set in c("pct", "msd")) {
  ws <- if (set == "pct") wq else wsd
  for (i in 1:3) {
    w <- ws[i]
    slope <- cm[2] + cm[4] * w
    se <- sqrt(vm[2, 2] + 2 * w * vm[2, 4] + w^2 * vm[4, 4])
    put(paste0("m7.", set, i, ".w"), w)
    put(paste0("m7.", set, i, ".slope"), slope)
    put(paste0("m7.", set, i, ".slope.se"), se)
    put(paste0("m7.", set, i, ".slope.p"), 2 * pt(-abs(slope / se), dfm))
    put(paste0("m7.", set, i, ".indirect"), slope * coef(m7y)["respappr"])
  }
}
# Johnson-Neyman boundaries for the X -> M slope over W
A <- cm[4]^2 - tcrit^2 * vm[4, 4]
B <- 2 * (cm[2] * cm[4] - tcrit^2 * vm[2, 4])
C <- cm[2]^2 - tcrit^2 * vm[2, 2]
roots <- sort((-B + c(-1, 1) * sqrt(B^2 - 4 * A * C)) / (2 * A))
put("m7.jn.lo", roots[1]); put("m7.jn.hi", roots[2])
# centred variant (PROCESS center=1): X and W mean-centred before the product
g$xc <- g$prot2 - mean(g$prot2); g$wc <- g$sexism - mean(g$sexism)
m7mc <- lm(respappr ~ xc + wc + I(xc * wc), data = g)
put("m7c.a1", coef(m7mc)[2]); put("m7c.a2", coef(m7mc)[3]); put("m7c.a3", coef(m7mc)[4])
m7yc <- lm(liking ~ xc + respappr, data = g)
put("m7c.index", coef(m7mc)[4] * coef(m7yc)["respappr"])

write.csv(data.frame(name = names(expected), value = sprintf("%.17g", unlist(expected))),
          "expected.csv", row.names = FALSE, quote = FALSE)

# ---- Bootstrap index replay --------------------------------------------------
# Percentile rules, both documented in ProcessBootstrap:
#  PROCESS: sorted estimates, lower = round(B*(1-conf)/2), upper = trunc(B*conf + B*(1-conf)/2) + 1
#           (1-based order statistics; PROCESS for SPSS/R v2-v4), conf = .95
#  TYPE_6:  quantile(x, c(.025, .975), type = 6)
#  BC:      z0 = qnorm(mean(est < theta)); lower = round(B*pnorm(2*z0 - z)), upper = trunc(B*pnorm(2*z0 + z)) + 1
pci <- function(est, conf = 95) {
  s <- sort(est); B <- length(est)
  lo <- round(B * (1 - (conf / 100)) / 2)
  hi <- trunc((B * (conf / 100) + (B * (1 - (conf / 100)) / 2))) + 1
  c(s[lo], s[hi])
}
bcci <- function(est, theta, conf = 95) {
  s <- sort(est); B <- length(est)
  z <- qnorm(1 - (1 - conf / 100) / 2)
  z0 <- qnorm(sum(est < theta) / B)
  lo <- round(B * pnorm(2 * z0 - z)); hi <- trunc(B * pnorm(2 * z0 + z)) + 1
  c(s[max(1, lo)], s[min(B, hi)])
}

set.seed(20261122)
B <- 1000
n <- nrow(tal)
idx <- t(replicate(B, sample.int(n, n, replace = TRUE)))
write.table(idx, "tal_or_boot_indices.csv", sep = ",", row.names = FALSE, col.names = FALSE)
ab <- apply(idx, 1, function(r) {
  d <- tal[r, ]
  coef(lm(pmi ~ cond, data = d))[2] * coef(lm(reaction ~ cond + pmi, data = d))[3]
})
theta <- expected[["m4.indirect"]]
boot <- list()
boot$m4.indirect.process <- pci(ab)
boot$m4.indirect.type6 <- unname(quantile(ab, c(.025, .975), type = 6))
boot$m4.indirect.bc <- bcci(ab, theta)
boot$m4.indirect.se <- c(sd(ab), sd(ab))
boot$m4.indirect.first3 <- ab[1:2]

set.seed(7)
B7 <- 500
n7 <- nrow(g)
idx7 <- t(replicate(B7, sample.int(n7, n7, replace = TRUE)))
write.table(idx7, "garcia_boot_indices.csv", sep = ",", row.names = FALSE, col.names = FALSE)
st <- t(apply(idx7, 1, function(r) {
  d <- g[r, ]
  am <- coef(lm(respappr ~ prot2 + sexism + I(prot2 * sexism), data = d))
  bm <- coef(lm(liking ~ prot2 + respappr, data = d))[3]
  c(am[4] * bm, (am[2] + am[4] * wq) * bm)
}))
boot$m7.index.process <- pci(st[, 1])
boot$m7.index.type6 <- unname(quantile(st[, 1], c(.025, .975), type = 6))
boot$m7.index.bc <- bcci(st[, 1], expected[["m7.index"]])
for (i in 1:3) {
  boot[[paste0("m7.pct", i, ".indirect.process")]] <- pci(st[, i + 1])
  boot[[paste0("m7.pct", i, ".indirect.se")]] <- c(sd(st[, i + 1]), sd(st[, i + 1]))
}
out <- do.call(rbind, lapply(names(boot), function(k) data.frame(name = k,
  lower = sprintf("%.17g", boot[[k]][1]), upper = sprintf("%.17g", boot[[k]][2]))))
write.csv(out, "bootstrap_expected.csv", row.names = FALSE, quote = FALSE)
cat("done\n")
