pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// Take-home QR codes: dark on light in every theme, large enough for a phone at 50 cm, numbered
// when the text needed more than one code.
Card {
    id: panel
    objectName: "qrPanel"
    readonly property bool shown: MyQuestions.codes.length > 0
    visible: shown
    border.color: Theme.primary
    border.width: Theme.borderStrong
    spacing: 20

    BodyText {
        text: qsTr("Point your phone's camera at the code. Your phone shows the text; no app or internet is needed.")
        Layout.fillWidth: true
    }
    Flow {
        spacing: 40
        Layout.fillWidth: true
        Repeater {
            model: MyQuestions.codes
            delegate: Column {
                id: code
                required property string modelData
                required property int index
                spacing: 8
                Rectangle {
                    // White frame: the quiet zone stays light even in high contrast.
                    objectName: "qrCode_" + code.index
                    width: Theme.qrSize
                    height: Theme.qrSize
                    color: Theme.qrLight
                    Image {
                        anchors.fill: parent
                        source: code.modelData
                        smooth: false
                        fillMode: Image.PreserveAspectFit
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code %1 of %2").arg(code.index + 1).arg(MyQuestions.codes.length)
                    }
                }
                Text {
                    visible: MyQuestions.codes.length > 1
                    text: qsTr("Code %1 of %2").arg(code.index + 1).arg(MyQuestions.codes.length)
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
        onClicked: MyQuestions.hideCodes()
    }
}
