package dev.ltxflux.core.planted.time;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;

/** Planted violation: every way of reading the wall clock. Only the architecture tests import planted packages. */
@SuppressWarnings("unused")
public final class ReadsTheWallClock {
    Object instantNow() { return Instant.now(); }
    Object localDateTimeNow() { return LocalDateTime.now(); }
    Object localDateNowInAZone() { return LocalDate.now(ZoneId.of("UTC")); }
    Object offsetNow() { return OffsetDateTime.now(); }
    Object zonedNow() { return ZonedDateTime.now(); }
    Object systemUtc() { return Clock.systemUTC(); }
    Object systemDefaultZone() { return Clock.systemDefaultZone(); }
    Object instantSource() { return InstantSource.system(); }
    long millis() { return System.currentTimeMillis(); }
    long nanos() { return System.nanoTime(); }
    Object date() { return new Date(); }
    Object calendar() { return Calendar.getInstance(); }

    /** Not a violation: the clock is injected. */
    Object injected(Clock clock) { return Instant.now(clock); }
}
