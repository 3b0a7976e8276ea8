package org.ccioacademy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.ccioacademy.catalogue.scorm.ScormItem;

/**
 * One item of a stored package's table of contents: a heading, a SCO or an asset, with the
 * completion rules its manifest gives it (see {@link ScormItem}).
 */
@Embeddable
public class ContentPackageItem {

  @Column(nullable = false, length = 255)
  private String identifier;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(nullable = false)
  private int depth;

  @Column(length = 2000)
  private String launch;

  @Column(nullable = false)
  private boolean sco;

  @Column(name = "mastery_score")
  private BigDecimal masteryScore;

  @Column(name = "completion_threshold")
  private BigDecimal completionThreshold;

  @Column(name = "scaled_passing_score")
  private BigDecimal scaledPassingScore;

  @Column(name = "launch_data")
  private String launchData;

  @Column(nullable = false)
  private boolean visible;

  @Column(name = "move_on", length = 20)
  private String moveOn;

  @Column(name = "own_window", nullable = false)
  private boolean ownWindow;

  @Column(name = "entitlement_key", length = 500)
  private String entitlementKey;

  protected ContentPackageItem() {}

  ContentPackageItem(ScormItem i) {
    this.identifier = i.identifier();
    this.title = i.title();
    this.depth = i.depth();
    this.launch = i.launch();
    this.sco = i.sco();
    this.masteryScore = i.masteryScore();
    this.completionThreshold = i.completionThreshold();
    this.scaledPassingScore = i.scaledPassingScore();
    this.launchData = i.dataFromLms();
    this.visible = i.visible();
    this.moveOn = i.moveOn();
    this.ownWindow = i.ownWindow();
    this.entitlementKey = i.entitlementKey();
  }

  /** As the manifest reader gives it. */
  public ScormItem toItem() {
    return new ScormItem(
        identifier,
        title,
        depth,
        launch,
        sco,
        masteryScore,
        completionThreshold,
        scaledPassingScore,
        launchData,
        visible,
        moveOn,
        ownWindow,
        entitlementKey);
  }

  public String getIdentifier() {
    return identifier;
  }

  public String getTitle() {
    return title;
  }

  public int getDepth() {
    return depth;
  }

  public String getLaunch() {
    return launch;
  }

  public boolean isSco() {
    return sco;
  }

  public boolean isLaunchable() {
    return launch != null;
  }

  public boolean isVisible() {
    return visible;
  }
}
