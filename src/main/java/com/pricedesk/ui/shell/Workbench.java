package com.pricedesk.ui.shell;

import com.pricedesk.app.i18n.Messages;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The screens as tabs: Dashboard | SKUs (room for Queue later). A SKU opens over the grid in the SKUs
 * tab; Back or Esc returns to the grid where it was.
 */
public final class Workbench extends TabPane implements Navigator {
    /** Builds a SKU's detail screen, given the way back. */
    public interface DetailFactory {
        Parent create(String sellerSku, Runnable onBack);
    }

    /** What the grid offers the workbench: limit it to some SKUs. */
    public interface SkuSubset {
        void showOnly(String label, Collection<String> skus);
    }

    private final Tab dashboardTab;
    private final Tab skusTab;
    private final StackPane skuScreens;
    private final Node grid;
    private final DetailFactory details;
    private SkuSubset subset = (label, skus) -> { };

    public Workbench(Messages msg, Function<Navigator, Node> dashboard, Node grid, DetailFactory details) {
        setId("workbench");
        getStyleClass().add("workbench");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        this.grid = grid;
        this.details = details;
        this.skuScreens = new StackPane(grid);
        dashboardTab = new Tab(msg.get("nav.dashboard"), dashboard.apply(this));
        dashboardTab.setId("tabDashboard");
        skusTab = new Tab(msg.get("nav.skus"), skuScreens);
        skusTab.setId("tabSkus");
        getTabs().addAll(dashboardTab, skusTab);
        getSelectionModel().select(skusTab);
    }

    public void setSkuSubset(SkuSubset subset) {
        this.subset = subset;
    }

    /** Adds a further screen as a tab (the approval queue). */
    public Tab addTab(String id, String title, Supplier<Node> content) {
        Tab t = new Tab(title, content.get());
        t.setId(id);
        getTabs().add(t);
        return t;
    }

    /** Runs {@code action} the first time the dashboard is shown (it loads only when looked at). */
    public void onFirstDashboardShow(Runnable action) {
        boolean[] done = {false};
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                action.run();
            }
        };
        if (dashboardTab.isSelected()) {
            once.run();
        }
        dashboardTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                once.run();
            }
        });
    }

    public void showDashboard() {
        getSelectionModel().select(dashboardTab);
    }

    @Override
    public void openSku(String sellerSku) {
        Parent detail = details.create(sellerSku, this::backToGrid);
        skuScreens.getChildren().setAll(detail);
        getSelectionModel().select(skusTab);
        Platform.runLater(detail::requestFocus);
    }

    @Override
    public void showSkus(String label, Collection<String> skus) {
        subset.showOnly(label, skus);
        backToGrid();
        getSelectionModel().select(skusTab);
    }

    private void backToGrid() {
        skuScreens.getChildren().setAll(grid);
        Node table = grid.lookup(".table-view");
        Platform.runLater(table == null ? grid::requestFocus : table::requestFocus);
    }

    /** True while a SKU's detail is shown in the SKUs tab. */
    public boolean showsDetail() {
        return skuScreens.getChildren().size() == 1 && skuScreens.getChildren().get(0) != grid;
    }
}
