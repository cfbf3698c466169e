// The engine's one 64x64 -> 128-bit multiply-fold (wyhash's "mum"): the product's two halves XORed,
// the mixing step of the fast hashes of words, lines and n-grams (quality signals, dedup). One place,
// so every compiler path (GCC/Clang __int128, MSVC _umul128, portable halves) is written once and
// tested against the others.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(_MSC_VER) && defined(_M_X64) && !defined(__SIZEOF_INT128__)
#include <intrin.h>
#endif

namespace adaptlab::hash {

// The same fold from 32-bit halves, for compilers with no 128-bit product; tst_hash checks it
// against the native path.
constexpr uint64_t foldMultiplyPortable(uint64_t a, uint64_t b)
{
    const uint64_t aLow = a & 0xFFFFFFFFu, aHigh = a >> 32, bLow = b & 0xFFFFFFFFu, bHigh = b >> 32;
    const uint64_t lowLow = aLow * bLow, lowHigh = aLow * bHigh, highLow = aHigh * bLow, highHigh = aHigh * bHigh;
    const uint64_t middle = (lowLow >> 32) + (lowHigh & 0xFFFFFFFFu) + (highLow & 0xFFFFFFFFu);
    const uint64_t low = (middle << 32) | (lowLow & 0xFFFFFFFFu);
    const uint64_t high = highHigh + (lowHigh >> 32) + (highLow >> 32) + (middle >> 32);
    return low ^ high;
}

// (a * b) mod 2^64 XOR (a * b) >> 64, the full 128-bit product: one multiply instruction on x86-64
// and AArch64.
inline uint64_t foldMultiply(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 Uint128;
    const Uint128 product = static_cast<Uint128>(a) * b;
    return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
#elif defined(_MSC_VER) && defined(_M_X64)
    uint64_t high;
    const uint64_t low = _umul128(a, b, &high);
    return low ^ high;
#else
    return foldMultiplyPortable(a, b);
#endif
}

// Eight bytes at p as a little-endian number, whatever the machine's byte order, so that hashes
// (and what is stored from them) are the same on every machine.
inline uint64_t loadLittle64(const void* p)
{
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

} // namespace adaptlab::hash
