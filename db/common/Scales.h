#pragma once

// The scales and limits the records are measured on, written once: validation (db/), forms and
// charts (widgets/) read them from here.
namespace Scales {

// Capacity of an institution in one dimension: 0 absent, 1 ad hoc, 2 developing, 3 established,
// 4 institutionalised.
inline constexpr int CapacityMin = 0;
inline constexpr int CapacityMax = 4;
// The highest capacity score still "absent or ad hoc".
inline constexpr int CapacityWeak = 1;

// The 1-5 ratings: a risk's likelihood and impact (residual ones too, 0 for not assessed yet), a
// stakeholder's power, interest and trust, a trainee's reaction to the course.
inline constexpr int RatingMin = 1;
inline constexpr int RatingMax = 5;
// A rating that may be left out: 0 means not given.
inline constexpr int RatingNotGiven = 0;

// The most people one record counts: those attending a session, trained at one, trainers to
// certify.
inline constexpr int HeadcountMax = 100000;
// The most people reached: by a follow-up activity, by the cascade (officers to reach).
inline constexpr int ReachedMax = 10000000;

// RAG thresholds: the achievement (per cent of the way from baseline to target) from which an
// indicator is amber, and green, unless the user sets others; and the highest either may be set
// to.
inline constexpr int RagAmberFrom = 70;
inline constexpr int RagGreenFrom = 90;
inline constexpr int RagThresholdMin = 0;
inline constexpr int RagThresholdMax = 1000;

} // namespace Scales
