#pragma once

#include <QtGlobal>

#include <initializer_list>

namespace novaemu {

// Small deterministic generators: the fleet must be identical for the same seed on every
// platform, so neither std::rand nor QRandomGenerator::global() is used.
namespace rng {

inline quint64 mix(quint64 z) {
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Stateless hash of several values: the same inputs always give the same number.
inline quint64 hash(std::initializer_list<quint64> values) {
    quint64 h = 0x2545F4914F6CDD1DULL;
    for (quint64 v : values)
        h = mix(h ^ mix(v));
    return h;
}

// Uniform double in [0, 1) from a hash value.
inline double unit(quint64 h) {
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

class SplitMix64 final {
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform integer in [0, n); 0 when n == 0.
    quint32 below(quint32 n) { return n == 0 ? 0 : quint32(next() % n); }
    // Uniform integer in [lo, hi].
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    double unit() { return rng::unit(next()); }
    bool chance(double p) { return unit() < p; }

private:
    quint64 m_state;
};

} // namespace rng

} // namespace novaemu
