import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.journal.file.FileJobJournal;
import java.nio.file.Path;
import java.time.Duration;

public class EditExample {
    public static void main(String[] args) {
        try (LtxClient ltx = LtxClient.builder()
                .fromEnv() // USEAPI_TOKEN, LTXFLUX_BASE_URL, USEAPI_EMAIL, LTXFLUX_ALLOW_PLAIN_HTTP, LTXFLUX_CALL_TIMEOUT
                .journal(FileJobJournal.open(Path.of("jobs.log"))) // every paid call's intent and job id, before any wait
                .build()) {
            ImageOutcome out = ltx.edit(EditImageCommand.forFile(
                    Path.of("samples/landscape.png"),
                    EditRequest.builder().prompt("Add golden sunset lighting").aspectRatio("16:9").shotAngle("eye-level"),
                    Path.of("sunset.png"),
                    AwaitOptions.timeout(Duration.ofMinutes(5))
                            .withListener(job -> System.out.println(job.progress().orElse(0) + "%"))));
            System.out.println("saved " + out.file() + " from job " + out.job().id());
        }
    }
}
