package dev.ltxflux.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** Every package under dev.ltxflux is its own slice, except that core's errors and the job model are one. */
final class PackageSlices {

    /**
     * Errors carry job ids and jobs ({@code JobFailedException.job()}), and job values raise errors when they are
     * invalid: {@code core.error} and {@code core.model.job} are one slice by design. Every other pair of packages
     * that depends on each other is a cycle.
     */
    static final SliceAssignment EVERY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith("dev.ltxflux.")) {
                return SliceIdentifier.ignore();
            }
            if (pkg.equals("dev.ltxflux.core.error") || pkg.equals("dev.ltxflux.core.model.job")) {
                return SliceIdentifier.of("dev.ltxflux.core.error+model.job");
            }
            return SliceIdentifier.of(pkg);
        }

        @Override
        public String getDescription() {
            return "every package under dev.ltxflux (core.error and core.model.job together)";
        }
    };

    private PackageSlices() {
    }
}
