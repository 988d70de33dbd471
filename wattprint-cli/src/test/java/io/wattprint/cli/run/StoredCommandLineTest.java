package io.wattprint.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoredCommandLineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "python train.py --api-token=abc123 --epochs 3|python train.py --api-token=*** --epochs 3",
            "python train.py --password hunter2 --epochs 3|python train.py --password *** --epochs 3",
            "env HF_TOKEN=hf_xyz python train.py|env HF_TOKEN=*** python train.py",
            "aws s3 cp --secret-access-key K x y|aws s3 cp --secret-access-key *** x y",
            "python train.py --tokenizer bpe.json --author ana|python train.py --tokenizer bpe.json --author ana",
            "python train.py --epochs 3|python train.py --epochs 3"})
    void valuesOfOptionsNamedLikeASecretAreHidden(String given, String stored) {
        assertThat(StoredCommandLine.of(List.of(given.split(" ")), false)).isEqualTo(stored.strip());
    }

    @org.junit.jupiter.api.Test
    void noCommandLineKeepsOnlyTheProgram() {
        assertThat(StoredCommandLine.of(List.of("python", "train.py", "--data", "/secret/path"), true)).isEqualTo("python");
    }
}
