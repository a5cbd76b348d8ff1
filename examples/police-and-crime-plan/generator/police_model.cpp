#include "police_model.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "apportion.hpp"
#include "random.hpp"
#include "year_to_date.hpp"

namespace examples::police {
namespace {

// The 36 months are six half-years, each an April to September or an October to March: October
// 2022 to March 2023 first. The fourth is the previous year to date, the sixth the current.
constexpr int kHalfYearMonths = 6;
constexpr int kHalfYears = kMonths / kHalfYearMonths;
constexpr int kPreviousHalfYear = 3;
constexpr int kCurrentHalfYear = 5;

using Series = std::array<int, kMonths>;

struct LpuSeries {
  Series crimes{};
  Series outcomes{};
};

// October to March's crimes for each of April to September's, from the type's seasonal cycle.
double winter_ratio(CrimeType type) {
  const CrimeTypeProfile& type_profile = profile(type);
  double summer = 0;
  double winter = 0;
  for (int m = 0; m < 12; ++m) {
    const double level =
        seasonal(Month::of(2024, 4) + m, type_profile.seasonal_amplitude, type_profile.peak_month);
    (m < kHalfYearMonths ? summer : winter) += level;
  }
  return winter / summer;
}

// Each LPU's crimes in the previous and current years to date: seed 004's where it quotes
// them, and the rest of its BCU's apportioned among the others, each changing a little more or
// less than the rest.
std::vector<YearToDate> lpu_crimes_to_date(CrimeType type) {
  std::vector<YearToDate> figures(lpus().size(), YearToDate{0, 0});
  for (const Bcu bcu : {Bcu::city, Bcu::counties}) {
    YearToDate rest = bcu_crimes(bcu, type);
    std::vector<std::size_t> others;
    for (const std::size_t lpu : lpus_in(bcu)) {
      if (const auto quoted = quoted_lpu_crimes(lpu, type)) {
        figures[lpu] = *quoted;
        rest.previous -= quoted->previous;
        rest.current -= quoted->current;
      } else {
        others.push_back(lpu);
      }
    }
    std::vector<double> weights;
    for (const std::size_t lpu : others) {
      weights.push_back(lpu_weight(lpu, type));
    }
    const std::vector<int> previous = apportion(rest.previous, weights, 0);
    for (std::size_t i = 0; i < others.size(); ++i) {
      weights[i] = previous[i] * uniform_between(0.94, 1.06, Stream::police_crime,
                                                 {index_key(others[i]), type_key(type), 0});
    }
    const std::vector<int> current = apportion(rest.current, weights, 0);
    for (std::size_t i = 0; i < others.size(); ++i) {
      figures[others[i]] = {previous[i], current[i]};
    }
  }
  return figures;
}

// Each LPU's positive outcomes in a year to date: its BCU's apportioned by the LPU's crimes,
// some LPUs doing a little better than others.
std::vector<int> lpu_outcomes_to_date(CrimeType type, const std::vector<YearToDate>& crimes,
                                      bool current) {
  std::vector<int> figures(lpus().size(), 0);
  for (const Bcu bcu : {Bcu::city, Bcu::counties}) {
    const YearToDate total = bcu_outcomes(bcu, type);
    const std::vector<std::size_t> in_bcu = lpus_in(bcu);
    std::vector<double> weights;
    for (const std::size_t lpu : in_bcu) {
      const int lpu_crimes = current ? crimes[lpu].current : crimes[lpu].previous;
      weights.push_back(lpu_crimes * uniform_between(0.85, 1.15, Stream::police_outcome,
                                                     {index_key(lpu), type_key(type), current}));
    }
    const std::vector<int> shares = apportion(current ? total.current : total.previous, weights, 0);
    for (std::size_t i = 0; i < in_bcu.size(); ++i) {
      figures[in_bcu[i]] = shares[i];
    }
  }
  return figures;
}

// The half-years' crimes of one LPU: the two years to date as fixed, April to September 2023 a
// little either side of 2024, and each October to March between its two summers, as the
// seasonal cycle has it.
std::array<int, kHalfYears> half_year_crimes(std::size_t lpu, CrimeType type, YearToDate to_date) {
  const auto draw = [&](double low, double high, std::int64_t purpose) {
    return uniform_between(low, high, Stream::police_crime,
                           {index_key(lpu), type_key(type), purpose});
  };
  const int summer_2023 = whole(to_date.previous * draw(0.95, 1.07, 1));
  const int summer_2022 = whole(summer_2023 * draw(0.96, 1.06, 2));
  const auto winter = [&](int before, int after, std::int64_t purpose) {
    return whole((before + after) / 2.0 * winter_ratio(type) * draw(0.97, 1.03, purpose));
  };
  return {winter(summer_2022, summer_2023, 3),          summer_2023,
          winter(summer_2023, to_date.previous, 4),     to_date.previous,
          winter(to_date.previous, to_date.current, 5), to_date.current};
}

// A half-year's crimes spread over its months by the type's seasonal cycle.
std::vector<int> monthly_crimes(std::size_t lpu, CrimeType type, int half, int total) {
  const CrimeTypeProfile& type_profile = profile(type);
  std::vector<double> weights;
  for (int m = 0; m < kHalfYearMonths; ++m) {
    const Month month = first_month() + half * kHalfYearMonths + m;
    weights.push_back(seasonal(month, type_profile.seasonal_amplitude, type_profile.peak_month) *
                      uniform_between(0.92, 1.08, Stream::police_crime,
                                      {index_key(lpu), type_key(type), 6, month_key(month)}));
  }
  return apportion(total, weights, 0);
}

// How far a month's outcomes stray from its crimes' share.
double outcome_noise(std::size_t lpu, CrimeType type, int half, int month_in_half) {
  const Month month = first_month() + half * kHalfYearMonths + month_in_half;
  return uniform_between(0.9, 1.1, Stream::police_outcome,
                         {index_key(lpu), type_key(type), 2, month_key(month)});
}

// A year to date's outcomes, fixed in total, spread over its months by each month's crimes.
std::vector<int> year_to_date_outcomes(std::size_t lpu, CrimeType type, int half, int total,
                                       const std::vector<int>& crimes) {
  std::vector<double> weights;
  for (int m = 0; m < kHalfYearMonths; ++m) {
    weights.push_back(crimes[static_cast<std::size_t>(m)] * outcome_noise(lpu, type, half, m));
  }
  return apportion(total, weights, 0);
}

// Another half-year's outcomes: each month's crimes at about `rate`, never more than them.
std::vector<int> outcomes_at_rate(std::size_t lpu, CrimeType type, int half, double rate,
                                  const std::vector<int>& crimes) {
  const double half_rate = rate * uniform_between(0.95, 1.05, Stream::police_outcome,
                                                  {index_key(lpu), type_key(type), 3, half});
  std::vector<int> outcomes;
  for (int m = 0; m < kHalfYearMonths; ++m) {
    const int month_crimes = crimes[static_cast<std::size_t>(m)];
    outcomes.push_back(std::min(
        month_crimes, whole(month_crimes * half_rate * outcome_noise(lpu, type, half, m))));
  }
  return outcomes;
}

// One LPU's months of one type. Outside the two years to date, outcomes follow the LPU's rate
// of the nearest year to date.
LpuSeries make_series(std::size_t lpu, CrimeType type, YearToDate crimes_to_date,
                      YearToDate outcomes_to_date) {
  const std::array<int, kHalfYears> halves = half_year_crimes(lpu, type, crimes_to_date);
  const double previous_rate =
      static_cast<double>(outcomes_to_date.previous) / crimes_to_date.previous;
  const double current_rate =
      static_cast<double>(outcomes_to_date.current) / crimes_to_date.current;
  LpuSeries series;
  for (int half = 0; half < kHalfYears; ++half) {
    const std::vector<int> crimes =
        monthly_crimes(lpu, type, half, halves[static_cast<std::size_t>(half)]);
    std::vector<int> outcomes;
    if (half == kPreviousHalfYear) {
      outcomes = year_to_date_outcomes(lpu, type, half, outcomes_to_date.previous, crimes);
    } else if (half == kCurrentHalfYear) {
      outcomes = year_to_date_outcomes(lpu, type, half, outcomes_to_date.current, crimes);
    } else {
      const double rate =
          half < kPreviousHalfYear ? previous_rate : (previous_rate + current_rate) / 2;
      outcomes = outcomes_at_rate(lpu, type, half, rate, crimes);
    }
    const int first = half * kHalfYearMonths;
    std::copy(crimes.begin(), crimes.end(), series.crimes.begin() + first);
    std::copy(outcomes.begin(), outcomes.end(), series.outcomes.begin() + first);
  }
  return series;
}

// Every LPU's series of every type, made once.
const std::vector<std::array<LpuSeries, kCrimeTypes>>& all_series() {
  static const std::vector<std::array<LpuSeries, kCrimeTypes>> kSeries = [] {
    std::vector<std::array<LpuSeries, kCrimeTypes>> series(lpus().size());
    for (const CrimeType type : crime_types()) {
      const std::vector<YearToDate> crimes = lpu_crimes_to_date(type);
      const std::vector<int> previous = lpu_outcomes_to_date(type, crimes, false);
      const std::vector<int> current = lpu_outcomes_to_date(type, crimes, true);
      for (std::size_t lpu = 0; lpu < lpus().size(); ++lpu) {
        series[lpu][static_cast<std::size_t>(type)] =
            make_series(lpu, type, crimes[lpu], {previous[lpu], current[lpu]});
      }
    }
    return series;
  }();
  return kSeries;
}

std::size_t month_index(Month month) {
  return static_cast<std::size_t>(month - first_month());
}

}  // namespace

Month first_month() {
  return kQuarter.last_month() - (kMonths - 1);
}

int crimes(const ReportingArea& area, CrimeType type, Month month) {
  int sum = 0;
  for (const std::size_t lpu : area.lpus) {
    sum += all_series()[lpu][static_cast<std::size_t>(type)].crimes[month_index(month)];
  }
  return sum;
}

int outcomes(const ReportingArea& area, CrimeType type, Month month) {
  int sum = 0;
  for (const std::size_t lpu : area.lpus) {
    sum += all_series()[lpu][static_cast<std::size_t>(type)].outcomes[month_index(month)];
  }
  return sum;
}

}  // namespace examples::police
