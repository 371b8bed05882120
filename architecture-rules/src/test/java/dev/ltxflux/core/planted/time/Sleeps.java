package dev.ltxflux.core.planted.time;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Planted violation: every way of blocking a thread for a time. */
@SuppressWarnings("unused")
public final class Sleeps {
    void threadSleep() throws InterruptedException { Thread.sleep(10); }
    void threadSleepNanos() throws InterruptedException { Thread.sleep(10, 5); }
    void timeUnitSleep() throws InterruptedException { TimeUnit.SECONDS.sleep(1); }
    void monitorWait(Object lock) throws InterruptedException { synchronized (lock) { lock.wait(10); } }
    void timedJoin(Thread thread) throws InterruptedException { thread.join(10); }
    void park() { LockSupport.parkNanos(10); }
}
