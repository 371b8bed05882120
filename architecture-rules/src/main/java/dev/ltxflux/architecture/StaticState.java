package dev.ltxflux.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** "Static state" made checkable: a static field that is reassignable or holds something mutable. */
final class StaticState {

    /** Types whose instances can change under a {@code static final} reference. */
    private static final Set<String> MUTABLE_TYPES = Set.of(
            "java.lang.StringBuilder", "java.lang.StringBuffer", "java.util.Random", "java.util.Date",
            "java.util.Calendar", "java.util.BitSet", "java.util.concurrent.atomic.AtomicInteger",
            "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.AtomicBoolean",
            "java.util.concurrent.atomic.AtomicReference", "java.util.concurrent.atomic.LongAdder",
            "java.util.concurrent.atomic.AtomicIntegerArray", "java.util.concurrent.atomic.AtomicLongArray",
            "java.util.concurrent.atomic.AtomicReferenceArray", "java.util.concurrent.atomic.DoubleAdder");

    static final ArchCondition<JavaField> BE_FINAL_AND_IMMUTABLE =
            new ArchCondition<>("be final and of an immutable type") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    if (field.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        return; // compiler-made (enum $VALUES, switch maps): not state anyone wrote
                    }
                    problem(field).ifPresent(problem -> events.add(SimpleConditionEvent.violated(field,
                            field.getFullName() + " " + problem + " in " + field.getSourceCodeLocation())));
                }
            };

    private StaticState() {
    }

    private static Optional<String> problem(JavaField field) {
        JavaClass type = field.getRawType();
        if (!field.getModifiers().contains(JavaModifier.FINAL)) {
            return Optional.of("is static and not final");
        }
        if (type.isArray()) {
            return Optional.of("is a static array (its elements can be changed)");
        }
        if (MUTABLE_TYPES.stream().anyMatch(type::isAssignableTo)) {
            return Optional.of("holds a mutable " + type.getSimpleName());
        }
        boolean container = type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class);
        if (container && !type.isInterface()) {
            return Optional.of("holds a mutable " + type.getSimpleName());
        }
        if (container && createsAMutableContainer(field)) {
            return Optional.of("is a static " + type.getSimpleName() + " assigned a new mutable"
                    + " collection (use List.of/Map.of/Set.of)");
        }
        return Optional.empty();
    }

    /** The static initializer assigns {@code field} on a line where it constructs a collection or a map. */
    private static boolean createsAMutableContainer(JavaField field) {
        return field.getOwner().getStaticInitializer().stream().anyMatch(init -> {
            Set<Integer> assignedOn = init.getFieldAccesses().stream()
                    .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                    .filter(access -> access.getTarget().getName().equals(field.getName()))
                    .map(JavaFieldAccess::getLineNumber)
                    .collect(Collectors.toSet());
            return init.getConstructorCallsFromSelf().stream()
                    .filter(call -> assignedOn.contains(call.getLineNumber()))
                    .map(JavaConstructorCall::getTargetOwner)
                    .anyMatch(created -> created.isAssignableTo(Collection.class) || created.isAssignableTo(Map.class));
        });
    }
}
