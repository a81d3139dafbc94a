package org.tradeecon.knime.replication.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed replication workflow is what {@link ReplicationWorkflow} generates from the current node models.
 * After a change to a node's settings, regenerate with
 * {@code mvn -q test -Dtest=ReplicationWorkflowTest -Dworkflows.write=true} and commit the result.
 */
class ReplicationWorkflowTest {

    @Test
    void committedWorkflowIsTheGeneratedOne(@TempDir final Path tmp) throws Exception {
        WorkflowLintTest.assertCommittedIsGenerated(ReplicationWorkflow.build(Path.of("")), WorkflowLintTest.WORKFLOWS, tmp);
    }

    @Test
    void everyStepIsExplainedAndTheLiveSwitchIsOneVariable() throws Exception {
        KnimeWorkflow wf = ReplicationWorkflow.build(Path.of(""));
        assertEquals(4, wf.annotations().size());
        assertTrue(wf.nodes().stream().allMatch(n -> n.label() != null && !n.label().isBlank()));
        assertEquals(List.of(new KnimeWorkflow.Variable("live", "STRING", "false"),
            new KnimeWorkflow.Variable("census_file", "STRING", "")), wf.variables());
        assertEquals(3, wf.nodes().stream().filter(n -> n.variableBindings().containsValue("census_file")).count(),
            "the three Census readers follow the file variable");
        assertEquals(5, wf.nodes().stream().filter(n -> n.variableBindings().containsValue("live")).count(),
            "the five readers follow the variable");
    }
}
