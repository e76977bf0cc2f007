package dev.earshot.listen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** A slow, exact reference: binomial probabilities with rational chance rates in BigInteger arithmetic. */
final class ExactBinomial {
    private static final MathContext CONTEXT = new MathContext(40);

    private ExactBinomial() {
    }

    /** C(n, k) exactly. */
    static BigInteger choose(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /** P(X = k) for X ~ Binomial(n, num/den), as an exact numerator over den^n. */
    static BigInteger weight(int n, int k, int num, int den) {
        return choose(n, k).multiply(BigInteger.valueOf(num).pow(k))
                .multiply(BigInteger.valueOf(den - num).pow(n - k));
    }

    /** P(X ≥ k) for X ~ Binomial(n, num/den), to 40 significant digits. */
    static double upperTail(int k, int n, int num, int den) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = k; i <= n; i++) {
            sum = sum.add(weight(n, i, num, den));
        }
        return new BigDecimal(sum).divide(new BigDecimal(BigInteger.valueOf(den).pow(n)), CONTEXT).doubleValue();
    }

    /** Minimum-likelihood two-sided p-value, exact: the sum over outcomes with P(X = i) ≤ P(X = k). */
    static double twoSided(int k, int n, int num, int den) {
        BigInteger observed = weight(n, k, num, den);
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i <= n; i++) {
            BigInteger w = weight(n, i, num, den);
            if (w.compareTo(observed) <= 0) {
                sum = sum.add(w);
            }
        }
        return new BigDecimal(sum).divide(new BigDecimal(BigInteger.valueOf(den).pow(n)), CONTEXT).doubleValue();
    }
}
