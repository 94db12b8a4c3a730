// A probe of the machine rather than of ICU: what it costs two threads to pass a cache line back and forth.
#ifndef CROSS_CORE_H
#define CROSS_CORE_H

#include <stdint.h>

/// The mean time, in nanoseconds, for one cache line to go from one thread to another and back, over
/// `rounds` round trips; -1 with fewer than two CPUs. Threads of one process pay it for every line one writes and the other reads,
/// so it tells how much sharing memory costs on this machine now: on a virtual machine it changes when
/// the host moves its CPUs (here, about 60 ns within one core complex and about 300 ns across two).
double cross_core_round_trip_ns(int64_t rounds);

#endif
