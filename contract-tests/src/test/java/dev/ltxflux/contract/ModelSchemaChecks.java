package dev.ltxflux.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.core.model.edit.AspectRatio;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.model.edit.ShotAngle;
import dev.ltxflux.core.model.edit.WireEnum;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.feign.wire.EditRequestDto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Comparisons of the domain model and the client's wire DTO with the schema files, each returning the differences it
 * found (empty = agreement), so that the drift guard can run them against a mutated copy of the schemas.
 */
final class ModelSchemaChecks {

    private final Path schemaDir;

    ModelSchemaChecks(Path schemaDir) {
        this.schemaDir = schemaDir;
    }

    static ModelSchemaChecks shipped() {
        return new ModelSchemaChecks(Path.of(System.getProperty("ltxflux.schemas.dir", "../schemas/src/main/resources/dev/ltxflux/schemas")));
    }

    JsonNode schema(String file) {
        try {
            return Fixtures.JSON.readTree(Files.readString(schemaDir.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request schema's properties against the fields the client can send (DTO) and core can hold. */
    List<String> requestFieldDifferences() {
        Set<String> schemaFields = names(schema("flux-edit-request.schema.json").get("properties").fieldNames());
        Set<String> dtoFields = Arrays.stream(EditRequestDto.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> coreFields = new TreeSet<>(CoreView.fields());
        List<String> diffs = new ArrayList<>();
        diff(diffs, "client DTO", dtoFields, "request schema", schemaFields);
        diff(diffs, "core", coreFields, "request schema", schemaFields);
        return diffs;
    }

    /** Each schema enum against the core enum it mirrors. */
    List<String> enumDifferences() {
        JsonNode props = schema("flux-edit-request.schema.json").get("properties");
        List<String> diffs = new ArrayList<>();
        diff(diffs, "AspectRatio", wire(AspectRatio.values()), "aspectRatio enum", names(props.get("aspectRatio").get("enum")));
        diff(diffs, "ShotAngle", wire(ShotAngle.values()), "shotAngle enum", names(props.get("shotAngle").get("enum")));
        diff(diffs, "EditModel", wire(EditModel.values()), "model enum", names(props.get("model").get("enum")));
        Set<String> kinds = Arrays.stream(JobStatus.Kind.values()).filter(k -> k != JobStatus.Kind.UNRECOGNIZED)
                .map(k -> k.name().toLowerCase()).collect(Collectors.toCollection(TreeSet::new));
        diff(diffs, "JobStatus.Kind", kinds, "job status.type enum",
                names(schema("job.schema.json").at("/properties/status/properties/type/enum")));
        return diffs;
    }

    private static Set<String> wire(WireEnum[] values) {
        return Arrays.stream(values).map(WireEnum::wire).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(java.util.Iterator<String> it) {
        Set<String> out = new TreeSet<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> out = new TreeSet<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static void diff(List<String> diffs, String leftName, Set<String> left, String rightName, Set<String> right) {
        Set<String> onlyLeft = new TreeSet<>(left);
        onlyLeft.removeAll(right);
        Set<String> onlyRight = new TreeSet<>(right);
        onlyRight.removeAll(left);
        if (!onlyLeft.isEmpty()) {
            diffs.add(leftName + " has " + onlyLeft + " that " + rightName + " lacks");
        }
        if (!onlyRight.isEmpty()) {
            diffs.add(rightName + " has " + onlyRight + " that " + leftName + " lacks");
        }
    }
}
