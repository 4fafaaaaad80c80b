import QtQuick
import QtQuick.Layouts

// Take-home QR codes: dark on light in every theme, large enough for a phone at 50 cm, numbered
// when the text needed more than one code.
Rectangle {
    id: panel
    objectName: "qrPanel"
    readonly property bool shown: myQuestions.codes.length > 0
    visible: shown
    width: parent ? parent.width : implicitWidth
    implicitHeight: shown ? layout.implicitHeight + 2 * Theme.cardPadding : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.primary
    border.width: 3

    ColumnLayout {
        id: layout
        x: Theme.cardPadding
        y: Theme.cardPadding
        width: parent.width - 2 * Theme.cardPadding
        spacing: 20
        Text {
            text: qsTr("Point your phone's camera at the code. Your phone shows the text; no app or internet is needed.")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: 40
            Layout.fillWidth: true
            Repeater {
                model: myQuestions.codes
                delegate: Column {
                    required property string modelData
                    required property int index
                    spacing: 8
                    Rectangle {
                        // White frame: the quiet zone stays light even in high contrast.
                        objectName: "qrCode_" + index
                        width: 420
                        height: 420
                        color: "#FFFFFF"
                        Image {
                            anchors.fill: parent
                            source: modelData
                            smooth: false
                            fillMode: Image.PreserveAspectFit
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR code %1 of %2").arg(index + 1).arg(myQuestions.codes.length)
                        }
                    }
                    Text {
                        visible: myQuestions.codes.length > 1
                        text: qsTr("Code %1 of %2").arg(index + 1).arg(myQuestions.codes.length)
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                }
            }
        }
        TouchButton {
            objectName: "qrClose"
            text: qsTr("Hide the code")
            iconName: "mdi6.close"
            labelSize: Theme.controlLabelSize
            onClicked: myQuestions.hideCodes()
        }
    }
}
