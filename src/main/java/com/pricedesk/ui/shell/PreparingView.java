package com.pricedesk.ui.shell;

import com.pricedesk.app.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Shown on first start while the demo workspace is built in the background. */
public final class PreparingView extends VBox {
    private final Messages msg;
    private final Label detail;
    private final ProgressIndicator progress = new ProgressIndicator();

    public PreparingView(Messages msg) {
        super(14);
        this.msg = msg;
        setId("preparingDemo");
        setAlignment(Pos.CENTER);
        getStyleClass().add("preparing-view");
        Label title = new Label(msg.get("startup.preparing.title"));
        title.getStyleClass().add("title-3");
        detail = new Label(msg.get("startup.preparing.detail"));
        detail.setWrapText(true);
        detail.setMaxWidth(520);
        detail.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        detail.getStyleClass().add("text-muted");
        getChildren().addAll(progress, title, detail);
    }

    /** The demo could not be built: say so where the progress was. */
    public void failed(String reason) {
        progress.setVisible(false);
        detail.setText(msg.get("startup.preparing.failed", reason));
        detail.getStyleClass().add("error-label");
    }
}
