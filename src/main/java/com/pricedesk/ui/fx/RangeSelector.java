package com.pricedesk.ui.fx;

import com.pricedesk.app.i18n.Messages;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** The shared "7 days | 30 days | 90 days | 365 days" segmented control of the dashboard and the SKU detail. */
public final class RangeSelector {
    private RangeSelector() {
    }

    /**
     * One toggle per range, bound to {@code days}; clicking the selected one keeps it selected, so a
     * range is always chosen. Each button's id is {@code idPrefix + days}.
     */
    public static HBox create(Messages msg, List<Integer> ranges, IntegerProperty days, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (int d : ranges) {
            ToggleButton b = new ToggleButton(msg.get("detail.range", d));
            b.setId(idPrefix + d);
            b.setToggleGroup(group);
            b.setSelected(d == days.get());
            b.setOnAction(e -> {
                if (b.isSelected()) {
                    days.set(d);
                } else {
                    b.setSelected(true);
                }
            });
            box.getChildren().add(b);
        }
        return box;
    }
}
