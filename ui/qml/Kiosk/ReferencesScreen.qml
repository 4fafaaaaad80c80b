pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The studies the content rests on, plus the full disclaimer.
LayerScreen {
    id: refs
    place: Navigation.References
    screenName: "references"
    title: Content.referencesPage.title

    RichParagraph {
        visible: text !== ""
        markup: Content.referencesPage.subtitle
        plain: Content.referencesPage.subtitlePlain
        color: Theme.textMuted
        font.pixelSize: Theme.subtitleSize
    }
    Repeater {
        model: Content.referenceModel
        delegate: Card {
            id: row
            required property string refId
            required property int number
            required property string finding
            required property string fundedBy
            required property string citation
            readonly property bool highlighted: Navigation.highlightedReference === refId
            objectName: "reference_" + refId
            padding: 28
            color: highlighted ? Theme.primarySoft : Theme.surface
            border.color: highlighted ? Theme.primary : Theme.divider
            border.width: highlighted ? Theme.borderStrong : Theme.borderThin
            RowLayout {
                spacing: 24
                Layout.fillWidth: true
                Rectangle {
                    width: Theme.badgeSize
                    height: width
                    radius: width / 2
                    color: Theme.primary
                    Layout.alignment: Qt.AlignTop
                    Text {
                        textFormat: Text.PlainText
                        anchors.centerIn: parent
                        text: row.number
                        color: Theme.textOnPrimary
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                }
                ColumnLayout {
                    spacing: 10
                    Layout.fillWidth: true
                    BodyText {
                        objectName: "referenceFinding_" + row.refId
                        visible: text !== ""
                        text: row.finding
                        Layout.fillWidth: true
                    }
                    BodyText {
                        visible: row.fundedBy !== ""
                        text: qsTr("Who paid for it: %1").arg(row.fundedBy)
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                        Layout.fillWidth: true
                    }
                    BodyText {
                        text: row.citation
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
    TouchButton {
        objectName: "takeReferencesHome"
        text: qsTr("Take the list of studies home")
        iconName: "mdi6.qrcode"
        labelSize: Theme.controlLabelSize
        onClicked: MyQuestions.showReferenceCodes()
    }
    QrPanel {
        id: qr
        kind: "references"
    }
    Connections {
        target: MyQuestions
        function onCodesChanged() {
            if (MyQuestions.codes.length > 0 && MyQuestions.codesKind === "references")
                refs.bringIntoView(qr)
        }
    }
    Card {
        color: Theme.surfaceAlt
        padding: 28
        border.width: 0
        RichParagraph {
            objectName: "disclaimerFull"
            markup: Content.disclaimer
            plain: Content.disclaimerPlain
            font.bold: true
            Layout.fillWidth: true
        }
    }
}
