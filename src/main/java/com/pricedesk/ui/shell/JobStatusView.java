package com.pricedesk.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The scheduler's line in the status bar; red while a job is failing. */
public final class JobStatusView extends Label {
    static final String FAILING = "job-status-failing";

    public JobStatusView(JobStatusViewModel model) {
        setId("jobStatus");
        getStyleClass().addAll("status-text", "job-status");
        textProperty().bind(model.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.textProperty());
        setTooltip(tip);
        model.failingProperty().addListener((obs, was, is) -> pseudo(is));
        pseudo(model.failingProperty().get());
    }

    private void pseudo(boolean failing) {
        getStyleClass().remove(FAILING);
        if (failing) {
            getStyleClass().add(FAILING);
        }
    }
}
