#include "logistic.hpp"

#include <algorithm>
#include <cmath>

namespace bip {
namespace {

// Solves A x = b for a symmetric positive definite A (n x n, row-major) by
// Cholesky; A and b are overwritten. Returns false when A is not positive.
bool SolveSpd(std::vector<double>& a, std::vector<double>& b, std::size_t n) {
  for (std::size_t j = 0; j < n; ++j) {
    double d = a[j * n + j];
    for (std::size_t k = 0; k < j; ++k) d -= a[j * n + k] * a[j * n + k];
    if (d <= 0.0) return false;
    d = std::sqrt(d);
    a[j * n + j] = d;
    for (std::size_t i = j + 1; i < n; ++i) {
      double v = a[i * n + j];
      for (std::size_t k = 0; k < j; ++k) v -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = v / d;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    double v = b[i];
    for (std::size_t k = 0; k < i; ++k) v -= a[i * n + k] * b[k];
    b[i] = v / a[i * n + i];
  }
  for (std::size_t i = n; i-- > 0;) {
    double v = b[i];
    for (std::size_t k = i + 1; k < n; ++k) v -= a[k * n + i] * b[k];
    b[i] = v / a[i * n + i];
  }
  return true;
}

double LogLikelihood(const std::vector<double>& rows, std::size_t columns,
                     const std::vector<bool>& y, const std::vector<double>& beta) {
  double ll = 0.0;
  for (std::size_t r = 0; r < y.size(); ++r) {
    double eta = beta[0];
    for (std::size_t c = 0; c < columns; ++c) eta += beta[c + 1] * rows[r * columns + c];
    // log(1 + e^eta) without overflow
    const double soft = eta > 0 ? eta + std::log1p(std::exp(-eta)) : std::log1p(std::exp(eta));
    ll += (y[r] ? eta : 0.0) - soft;
  }
  return ll;
}

}  // namespace

double McFaddenR2(const std::vector<double>& rows, std::size_t columns,
                  const std::vector<bool>& outcome) {
  const std::size_t n = outcome.size();
  const double ones = static_cast<double>(std::count(outcome.begin(), outcome.end(), true));
  if (n == 0 || ones == 0.0 || ones == static_cast<double>(n)) return 0.0;
  const std::size_t k = columns + 1;
  std::vector<double> beta(k, 0.0);
  beta[0] = std::log(ones / (static_cast<double>(n) - ones));
  const double null_ll = LogLikelihood(rows, columns, outcome, beta);
  // A little ridge keeps Newton's steps defined when a column is constant
  // in a small cohort; it is far below what moves the fit at 4,000 rows.
  const double ridge = 1e-6 * static_cast<double>(n);
  std::vector<double> x(k), h(k * k), g(k);
  double ll = null_ll;
  for (int iteration = 0; iteration < 50; ++iteration) {
    std::fill(h.begin(), h.end(), 0.0);
    std::fill(g.begin(), g.end(), 0.0);
    for (std::size_t r = 0; r < n; ++r) {
      x[0] = 1.0;
      for (std::size_t c = 0; c < columns; ++c) x[c + 1] = rows[r * columns + c];
      double eta = 0.0;
      for (std::size_t c = 0; c < k; ++c) eta += beta[c] * x[c];
      const double p = 1.0 / (1.0 + std::exp(-eta));
      const double w = p * (1.0 - p);
      const double resid = (outcome[r] ? 1.0 : 0.0) - p;
      for (std::size_t i = 0; i < k; ++i) {
        g[i] += resid * x[i];
        for (std::size_t j = 0; j <= i; ++j) h[i * k + j] += w * x[i] * x[j];
      }
    }
    for (std::size_t i = 0; i < k; ++i) {
      h[i * k + i] += ridge;
      g[i] -= ridge * beta[i];
      for (std::size_t j = 0; j < i; ++j) h[j * k + i] = h[i * k + j];
    }
    if (!SolveSpd(h, g, k)) break;
    for (std::size_t i = 0; i < k; ++i) beta[i] += g[i];
    const double next = LogLikelihood(rows, columns, outcome, beta);
    const bool converged = std::abs(next - ll) < 1e-9 * std::abs(ll);
    ll = next;
    if (converged) break;
  }
  return 1.0 - ll / null_ll;
}

}  // namespace bip
