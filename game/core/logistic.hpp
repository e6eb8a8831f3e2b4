#pragma once
// Logistic regression by Newton's method (iteratively reweighted least
// squares), for the calibration's F-POWER row: how much the register
// variables and the indicators each explain of who gets a job.
#include <vector>

namespace bip {

// McFadden's pseudo-R² (1 - log-likelihood of the model / of the intercept
// alone) of a logistic regression of `outcome` on the columns of `rows`
// (row-major, `columns` values per row; an intercept is added). Returns 0
// when there is nothing to explain (every outcome the same).
double McFaddenR2(const std::vector<double>& rows, std::size_t columns,
                  const std::vector<bool>& outcome);

}  // namespace bip
