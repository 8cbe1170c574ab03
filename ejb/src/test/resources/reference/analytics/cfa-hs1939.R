# Reference values for Cocrea's CFA / measurement-quality engine
# (org.cocrea.analytics.control.CfaFit, MeasurementQuality).
#
# Run from this directory:  Rscript cfa-hs1939.R > cfa-hs1939-expected.txt
# Needs R with lavaan 0.6.x (used: lavaan 0.6-14, Debian r-cran-lavaan).
# Writes cfa-hs1939.csv (x1..x9 of lavaan's HolzingerSwineford1939, 301 rows,
# 17 significant digits so that every double round-trips exactly) and prints
# the expected numbers that are hard-coded in the Java tests.
# CR, AVE, omega, HTMT and alpha are computed here by formula (semTools is not
# installed) so that the Java formulas are checked against an independent
# implementation working from lavaan's standardised solution / raw data.
suppressPackageStartupMessages(library(lavaan))
cat("# lavaan", as.character(packageVersion("lavaan")), "on", R.version.string, "\n")

hs <- HolzingerSwineford1939[, paste0("x", 1:9)]
out <- as.data.frame(lapply(hs, function(v) sprintf("%.17g", v)))
write.table(out, "cfa-hs1939.csv", sep = ",", quote = FALSE, row.names = FALSE)
d <- read.csv("cfa-hs1939.csv")
stopifnot(identical(unname(as.matrix(d)), unname(as.matrix(hs))))

p <- function(label, x) cat(sprintf("%-28s %.15g\n", label, x))

model3 <- "visual =~ x1 + x2 + x3
           textual =~ x4 + x5 + x6
           speed =~ x7 + x8 + x9"

section <- function(title, fit, fit.tight) {
  cat("\n##", title, "\n")
  fm <- fitMeasures(fit)
  for (m in c("chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli",
              "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "srmr", "fmin")) p(m, fm[[m]])
  fmt <- fitMeasures(fit.tight)
  cat("# same model, exact optimum (lavaan GN, tol.x 1e-15):\n")
  for (m in c("chisq", "cfi", "tli", "rmsea", "srmr")) p(paste0(m, ".exact"), fmt[[m]])
  # lavaan's rmsea CI uses uniroot() with its default tol (~1.2e-4 on lambda);
  # the same bounds with a tight root finder:
  X2 <- fmt[["chisq"]]; df <- fmt[["df"]]; N <- lavaan:::lav_utils_get_ntotal(fit.tight)
  lo <- uniroot(function(l) pchisq(X2, df, ncp = l) - 0.95, c(0, X2), tol = 1e-14)$root
  hi <- uniroot(function(l) pchisq(X2, df, ncp = l) - 0.05, c(0, max(N, 4 * X2)), tol = 1e-14)$root
  p("rmsea.ci.lower.exact", sqrt(lo / (N * df)))
  p("rmsea.ci.upper.exact", sqrt(hi / (N * df)))
  pe <- parameterEstimates(fit.tight)
  ss <- standardizedSolution(fit.tight)
  pe0 <- parameterEstimates(fit)
  ss0 <- standardizedSolution(fit)
  cat("# lhs op rhs | default fit: est se std.all | exact fit: est se std.all\n")
  for (i in seq_len(nrow(pe))) {
    cat(sprintf("%s %s %s | %.12f %.12f %.12f | %.12f %.12f %.12f\n", pe$lhs[i], pe$op[i], pe$rhs[i],
                pe0$est[i], pe0$se[i], ss0$est.std[i], pe$est[i], pe$se[i], ss$est.std[i]))
  }
  invisible(fit.tight)
}

# lavaan's default nlminb stopping rule (rel.tol 1e-10 on the objective) leaves the
# parameters up to ~1e-6 away from the optimum (chi-square, CFI, TLI and RMSEA
# are unaffected to ~1e-9 because F is flat there). The "exact" columns refit the
# same model with lavaan's own Gauss-Newton optimiser run to a 1e-15 step
# tolerance; its gradient is then ~1e-16, i.e. the floating-point optimum.
tcfa <- function(...) {
  fit <- cfa(..., optim.method = "GN", optim.gn.tol.x = 1e-15, optim.gn.iter.max = 10000)
  stopifnot(lavInspect(fit, "converged"), max(abs(lavInspect(fit, "gradient"))) < 1e-12)
  fit
}
fit3 <- cfa(model3, data = d)
fit3t <- tcfa(model3, data = d)
section("HS1939 three factors, ML (likelihood = normal, N * F)", fit3, fit3t)
section("HS1939 three factors, ML (likelihood = wishart, (N-1) * F)",
        cfa(model3, data = d, likelihood = "wishart"),
        tcfa(model3, data = d, likelihood = "wishart"))

model2 <- "visual =~ x1 + x2 + x3
           textual_speed =~ x4 + x5 + x6 + x7 + x8 + x9"
fit2 <- cfa(model2, data = d)
fit2t <- tcfa(model2, data = d)
section("HS1939 textual and speed merged", fit2, fit2t)
cat("\n## anova(three factors, merged)\n")
a <- anova(fit3, fit2)
print(a)
p("delta.chisq", a[["Chisq diff"]][2]); p("delta.df", a[["Df diff"]][2]); p("delta.p", a[["Pr(>Chisq)"]][2])
p("delta.rmsea", a[["RMSEA"]][2])
ae <- anova(fit3t, fit2t)
p("delta.chisq.exact", ae[["Chisq diff"]][2]); p("delta.p.exact", ae[["Pr(>Chisq)"]][2])

quality <- function(fit, suffix) {
ss <- standardizedSolution(fit)
lam <- ss[ss$op == "=~", ]
facs <- c("visual", "textual", "speed")
items <- lapply(facs, function(f) lam$rhs[lam$lhs == f]); names(items) <- facs
R <- cor(d)
S <- cov(d)
pe <- parameterEstimates(fit)
for (f in facs) {
  l <- lam$est.std[lam$lhs == f]
  th <- 1 - l^2
  cr <- sum(l)^2 / (sum(l)^2 + sum(th))
  ave <- sum(l^2) / length(l)
  lu <- pe$est[pe$op == "=~" & pe$lhs == f]
  psi <- pe$est[pe$op == "~~" & pe$lhs == f & pe$rhs == f]
  thu <- pe$est[pe$op == "~~" & pe$lhs %in% items[[f]] & pe$lhs == pe$rhs]
  omega <- sum(lu)^2 * psi / (sum(lu)^2 * psi + sum(thu))
  Sf <- S[items[[f]], items[[f]]]; k <- length(items[[f]])
  alpha <- k / (k - 1) * (1 - sum(diag(Sf)) / sum(Sf))
  p(paste0("CR.", f, suffix), cr); p(paste0("AVE.", f, suffix), ave); p(paste0("sqrtAVE.", f, suffix), sqrt(ave))
  p(paste0("omega.", f, suffix), omega); p(paste0("alpha.", f, suffix), alpha)
}
fc <- ss[ss$op == "~~" & ss$lhs != ss$rhs & ss$lhs %in% facs, ]
for (i in seq_len(nrow(fc))) p(paste0("r.", fc$lhs[i], ".", fc$rhs[i], suffix), fc$est.std[i])
mono <- function(f) { r <- R[items[[f]], items[[f]]]; mean(r[upper.tri(r)]) }
for (i in 1:2) for (j in (i + 1):3) {
  hetero <- mean(R[items[[facs[i]]], items[[facs[j]]]])
  p(paste0("HTMT.", facs[i], ".", facs[j]), hetero / sqrt(mono(facs[i]) * mono(facs[j])))
}
}
cat("\n## measurement quality from the exact three-factor solution\n")
quality(fit3t, "")
cat("\n## measurement quality from lavaan's default three-factor solution\n")
quality(fit3, ".default")

cat("\n## noncentral chi-square CDF (R's pchisq) and RMSEA intervals (lavaan's formula, tight uniroot)\n")
for (a in list(c(85.3, 24, 30), c(10, 3, 0.5), c(150, 100, 60), c(700, 400, 250), c(5, 24, 2), c(40, 2, 20))) {
  cat(sprintf("pchisq x=%g df=%g ncp=%g %.15g\n", a[1], a[2], a[3], pchisq(a[1], a[2], ncp = a[3])))
}
ci <- function(X2, df, N, level = 0.9) {
  lo <- if (pchisq(X2, df, 0) < (1 + level) / 2) 0 else
    uniroot(function(l) pchisq(X2, df, ncp = l) - (1 + level) / 2, c(0, X2), tol = 1e-14)$root
  up.max <- max(N, 4 * X2)
  up <- if (pchisq(X2, df, 0) < (1 - level) / 2 || pchisq(X2, df, ncp = up.max) > (1 - level) / 2) 0 else
    uniroot(function(l) pchisq(X2, df, ncp = l) - (1 - level) / 2, c(0, up.max), tol = 1e-14)$root
  c(sqrt(lo / (N * df)), sqrt(up / (N * df)))
}
for (a in list(c(20, 24, 301), c(30, 24, 301), c(12, 5, 120), c(85.3055217697941, 24, 301))) {
  r <- ci(a[1], a[2], a[3]); r95 <- ci(a[1], a[2], a[3], 0.95)
  l <- lavaan:::lav_fit_rmsea_ci(X2 = a[1], df = a[2], N = a[3])
  cat(sprintf("rmsea.ci X2=%g df=%g N=%g  %.15g %.15g  lavaan %.15g %.15g  level95 %.15g %.15g\n", a[1], a[2], a[3],
              r[1], r[2], l$rmsea.ci.lower, l$rmsea.ci.upper, r95[1], r95[2]))
}
