package dev.ltxflux.mock.planted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Planted violation: static finals that are constant in name only. */
@SuppressWarnings("unused")
public final class MutableConstants {
    static final HashMap<String, String> JOBS = new HashMap<>();
    static final ArrayList<String> LOG = new ArrayList<>();
    static final AtomicInteger NEXT_ID = new AtomicInteger();
    static final int[] COUNTS = new int[4];
    static final Map<String, String> UPLOADS = new HashMap<>();

    /** Not a violation: immutable. */
    static final List<String> ROUTES = List.of("submit", "status");

    private MutableConstants() {
    }
}
