package vn.egov.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.kernel.organisation.OrgLevel;
import vn.egov.kernel.organisation.OrganisationTree;

/** The admin's organisation tree: browse, add units, rename and merge them with effective dates. */
@Named
@ViewScoped
public class OrganisationAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    OrganisationTree tree;

    private TreeNode<OrgUnitView> root;
    private TreeNode<OrgUnitView> selectedNode;
    private String newCode;
    private String newName;
    private String newLevel = "COMMUNE";
    private LocalDate effectiveDate;
    private String renameTo;
    private Long mergeTarget;

    @PostConstruct
    void load() {
        root = new DefaultTreeNode<>(null, null);
        addChildren(root, null);
    }

    private void addChildren(TreeNode<OrgUnitView> parent, Long parentId) {
        for (OrgUnitView unit : tree.children(parentId)) {
            TreeNode<OrgUnitView> node = new DefaultTreeNode<>(unit, parent);
            node.setExpanded(parentId == null);
            addChildren(node, unit.id());
        }
    }

    public OrgUnitView getSelected() {
        return selectedNode == null ? null : selectedNode.getData();
    }

    /** The name of a level in the page's language. */
    public String levelName(String code, boolean english) {
        return getLevels().stream()
                .filter(l -> l.getCode().equals(code))
                .findFirst()
                .map(l -> english ? l.getNameEn() : l.getNameVi())
                .orElse(code);
    }

    public List<OrgLevel> getLevels() {
        return tree.levels();
    }

    public List<OrgUnitView> getActiveUnits() {
        return root.getChildren().stream()
                .flatMap(n -> flatten(n).stream())
                .filter(OrgUnitView::active)
                .toList();
    }

    private List<OrgUnitView> flatten(TreeNode<OrgUnitView> node) {
        var all = new java.util.ArrayList<OrgUnitView>();
        all.add(node.getData());
        node.getChildren().forEach(c -> all.addAll(flatten(c)));
        return all;
    }

    public List<String> getHistory() {
        OrgUnitView unit = getSelected();
        if (unit == null) {
            return List.of();
        }
        return tree.history(unit.id()).stream()
                .map(n -> n.getName() + " (" + VietnameseDates.day(n.getValidFrom()) + " – "
                        + (n.getValidTo() == null ? "…" : VietnameseDates.day(n.getValidTo())) + ")")
                .toList();
    }

    private String levelCode;
    private String levelNameVi;
    private String levelNameEn;
    private int levelRank = 5;
    private boolean levelAgency;

    public void addLevel() {
        try {
            tree.addLevel(
                    levelCode == null ? null : levelCode.trim(), levelNameVi, levelNameEn, levelRank, levelAgency);
            Messages.info("common.saved");
            levelCode = null;
            levelNameVi = null;
            levelNameEn = null;
        } catch (RuntimeException e) {
            Messages.error(rootMessage(e));
        }
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    public String getLevelNameVi() {
        return levelNameVi;
    }

    public void setLevelNameVi(String levelNameVi) {
        this.levelNameVi = levelNameVi;
    }

    public String getLevelNameEn() {
        return levelNameEn;
    }

    public void setLevelNameEn(String levelNameEn) {
        this.levelNameEn = levelNameEn;
    }

    public int getLevelRank() {
        return levelRank;
    }

    public void setLevelRank(int levelRank) {
        this.levelRank = levelRank;
    }

    public boolean isLevelAgency() {
        return levelAgency;
    }

    public void setLevelAgency(boolean levelAgency) {
        this.levelAgency = levelAgency;
    }

    public void create() {
        run(() -> tree.create(
                newCode == null ? null : newCode.trim(),
                newLevel,
                getSelected() == null ? null : getSelected().id(),
                newName,
                getEffectiveDate()));
    }

    public void rename() {
        run(() -> tree.rename(getSelected().id(), renameTo, getEffectiveDate()));
    }

    public void merge() {
        run(() -> tree.merge(getSelected().id(), mergeTarget, getEffectiveDate()));
    }

    private void run(Runnable change) {
        try {
            change.run();
            Messages.info("common.saved");
            selectedNode = null;
            newCode = null;
            newName = null;
            renameTo = null;
            load();
        } catch (RuntimeException e) {
            Messages.error(rootMessage(e));
        }
    }

    static String rootMessage(Throwable e) {
        for (Throwable r = e; r != null; r = r.getCause()) {
            if (r instanceof vn.egov.kernel.api.Refusal refusal) {
                return refusal.message(vn.egov.kernel.api.Message.pageLocale());
            }
        }
        Throwable t = e;
        while (t.getCause() != null
                && !(t instanceof IllegalArgumentException)
                && !(t instanceof IllegalStateException)) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public TreeNode<OrgUnitView> getRoot() {
        return root;
    }

    public TreeNode<OrgUnitView> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<OrgUnitView> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(String newLevel) {
        this.newLevel = newLevel;
    }
    /** Today unless the admin chose another day. */
    public LocalDate getEffectiveDate() {
        if (effectiveDate == null) {
            effectiveDate = LocalDate.now(clock.withZone(vn.egov.kernel.api.helpers.VietnameseDates.ZONE));
        }
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }

    public Long getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(Long mergeTarget) {
        this.mergeTarget = mergeTarget;
    }
}
