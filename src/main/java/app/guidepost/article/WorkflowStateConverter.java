package app.guidepost.article;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a workflow state as its lowercase code. */
@Converter(autoApply = true)
public class WorkflowStateConverter implements AttributeConverter<WorkflowState, String> {
  @Override
  public String convertToDatabaseColumn(WorkflowState state) {
    return state == null ? null : state.code();
  }

  @Override
  public WorkflowState convertToEntityAttribute(String code) {
    return code == null ? null : WorkflowState.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown workflow state in database: " + code));
  }
}
