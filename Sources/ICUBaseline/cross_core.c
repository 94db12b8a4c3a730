#include "cross_core.h"

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include <unistd.h>

/// The line the two threads pass: the first sets it odd, the second even, each waiting for its turn.
struct Exchange {
    _Atomic int64_t turn;
    int64_t rounds;
};

static void *answer(void *argument) {
    struct Exchange *exchange = argument;
    for (int64_t round = 0; round < exchange->rounds; round++) {
        while (atomic_load_explicit(&exchange->turn, memory_order_acquire) != 2 * round + 1) {}
        atomic_store_explicit(&exchange->turn, 2 * round + 2, memory_order_release);
    }
    return NULL;
}

double cross_core_round_trip_ns(int64_t rounds) {
    struct Exchange exchange = {.rounds = rounds};
    atomic_init(&exchange.turn, 0);
    pthread_t other;
    // With one CPU, each turn would wait for the scheduler.
    if (rounds <= 0 || sysconf(_SC_NPROCESSORS_ONLN) < 2) return -1;
    if (pthread_create(&other, NULL, answer, &exchange) != 0) return -1;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int64_t round = 0; round < rounds; round++) {
        while (atomic_load_explicit(&exchange.turn, memory_order_acquire) != 2 * round) {}
        atomic_store_explicit(&exchange.turn, 2 * round + 1, memory_order_release);
    }
    pthread_join(other, NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double nanoseconds = (double)(end.tv_sec - start.tv_sec) * 1e9 + (double)(end.tv_nsec - start.tv_nsec);
    return nanoseconds / (double)rounds;
}
