package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BenchConfigTest {

    @Test
    void defaultsToTheSmallScaleOnH2() {
        BenchConfig config = BenchConfig.parse();
        assertThat(config.scale()).isEqualTo(Scale.SMALL);
        assertThat(config.postgres()).isFalse();
        assertThat(config.profile()).isFalse();
        assertThat(config.runs("concurrent UI users")).isTrue();
        assertThat(config.port()).isEqualTo(8105);
        assertThat(config.benchJdbcUrl()).startsWith("jdbc:h2:file:").contains("AUTO_SERVER=TRUE");
    }

    @Test
    void readsEveryOption() {
        BenchConfig config = BenchConfig.parse("--scale=1M", "--db=postgres", "--port=8109", "--jar=x.jar",
                "--out=/tmp/b", "--pg-url=jdbc:postgresql://127.0.0.1:5432/test?ssl=false", "--profile=true",
                "--only=lead-list, start-up");
        assertThat(config.runs("lead list")).isTrue();
        assertThat(config.runs("Start-up")).isTrue();
        assertThat(config.runs("concurrent UI users")).isFalse();
        assertThat(config.profile()).isTrue();
        assertThat(config.scale()).isEqualTo(Scale.M1);
        assertThat(config.jar()).isEqualTo(Path.of("x.jar"));
        assertThat(config.workDir()).isEqualTo(Path.of("/tmp/b/app"));
        // Not the default port: a database of its own, so that two runs on one machine leave each other's alone.
        assertThat(config.benchJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/pathway_bench_8109");
        assertThat(config.dbUser()).isEqualTo("postgres");
        assertThat(BenchConfig.parse("--db=postgres").benchJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/pathway_bench");
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> BenchConfig.parse("--db=mysql")).hasMessageContaining("use h2 or postgres");
        assertThatThrownBy(() -> BenchConfig.parse("--colour=red")).hasMessageContaining("Unknown argument '--colour=red'");
        assertThatThrownBy(() -> BenchConfig.parse("small")).hasMessageContaining("Unknown argument 'small'");
        assertThatThrownBy(() -> BenchConfig.parse("--port=80")).hasMessageContaining("between 1024 and 65535");
        assertThatThrownBy(() -> BenchConfig.parse("--scale=10M")).hasMessageContaining("Unknown scale '10M'");
    }

    @Test
    void saysHowToBuildAMissingJar() {
        assertThatThrownBy(() -> BenchConfig.parse("--jar=target/none.jar").requireJar())
                .hasMessageContaining("No application jar at target/none.jar");
    }
}
