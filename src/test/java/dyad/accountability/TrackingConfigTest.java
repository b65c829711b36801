package dyad.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Actor;
import dyad.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackingConfigTest {

    @TempDir
    Path folder;

    private static Actor body(String country, Role role) {
        return new Actor(null, null, null, "Body", country, null, role);
    }

    private Path file(String json) throws Exception {
        Path f = folder.resolve("dyad-letters.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void defaultsGiveThirtyDaysAndFortyFiveForCanadianParliamentaryPetitions() {
        TrackingConfig c = TrackingConfig.defaults();
        assertThat(c.replyWindow(List.of(body("CAN", Role.GOV)))).isEqualTo(30);
        assertThat(c.replyWindow(List.of(body("CAN", Role.LEG)))).isEqualTo(45);
        assertThat(c.replyWindow(List.of(body("GBR", Role.LEG)))).isEqualTo(30);
        assertThat(c.replyWindow(List.of())).isEqualTo(30);
        assertThat(c.veryOverdueFactor()).isEqualTo(2);
        assertThat(c.evidenceWindowDays()).isEqualTo(730);
        assertThat(c.minLinkConfidence()).isEqualTo(0.5);
    }

    @Test
    void aUserFileOverridesSettingsAndAddsWindowsPerKind() throws Exception {
        TrackingConfig c = TrackingConfig.load(file("""
                {"replyWindowDays": {"LEG": 60, "default": 20}, "veryOverdueFactor": 3}"""));
        assertThat(c.replyWindow(List.of(body("CAN", Role.LEG)))).isEqualTo(45); // country/role is more specific
        assertThat(c.replyWindow(List.of(body("GBR", Role.LEG)))).isEqualTo(60);
        assertThat(c.replyWindow(List.of(body("GBR", Role.GOV)))).isEqualTo(20);
        assertThat(c.veryOverdueFactor()).isEqualTo(3);
        assertThat(c.minLinkConfidence()).isEqualTo(0.5);
    }

    @Test
    void badValuesFailNamingTheFileTheSettingAndTheRange() throws Exception {
        assertThatThrownBy(() -> TrackingConfig.load(file("{\"replyWindowDays\": {\"default\": 0}}")))
                .hasMessageContaining("dyad-letters.json").hasMessageContaining("replyWindowDays.default must be 1..3650, got 0");
        assertThatThrownBy(() -> TrackingConfig.load(file("{\"veryOverdueFactor\": 1}")))
                .hasMessageContaining("veryOverdueFactor must be 2..20, got 1");
        assertThatThrownBy(() -> TrackingConfig.load(file("{\"minLinkConfidence\": 1.5}")))
                .hasMessageContaining("minLinkConfidence must be 0..1, got 1.5");
        assertThatThrownBy(() -> TrackingConfig.load(file("{\"evidenceWindowDays\": \"a year\"}")))
                .hasMessageContaining("evidenceWindowDays must be a whole number");
        assertThatThrownBy(() -> TrackingConfig.load(file("{\"replyWindowDays\": {\"Canada\": 10}}")))
                .hasMessageContaining("recipient kind 'Canada'");
        assertThatThrownBy(() -> TrackingConfig.load(file("{\"replyWindowDays\": {\"CAN/XYZ\": 10}}")))
                .hasMessageContaining("unknown role 'XYZ'");
        assertThatThrownBy(() -> TrackingConfig.load(file("{\"replyWindow\": 10}")))
                .hasMessageContaining("unknown setting 'replyWindow'");
        assertThatThrownBy(() -> TrackingConfig.load(file("{not json")))
                .hasMessageContaining("dyad-letters.json: cannot read letter settings");
    }
}
