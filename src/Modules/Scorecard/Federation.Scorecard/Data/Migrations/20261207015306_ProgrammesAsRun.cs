using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Scorecard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammesAsRun : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndsOn",
                table: "sc_programmes",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            // The programmes saved before actions existed have none: an empty JSON list, which the column's conversion reads.
            migrationBuilder.AddColumn<string>(
                name: "Actions",
                table: "sc_programmes",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "LaunchedAt",
                table: "sc_programmes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LaunchedAtEventId",
                table: "sc_programmes",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Actions",
                table: "sc_programmes");

            migrationBuilder.DropColumn(
                name: "LaunchedAt",
                table: "sc_programmes");

            migrationBuilder.DropColumn(
                name: "LaunchedAtEventId",
                table: "sc_programmes");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "EndsOn",
                table: "sc_programmes",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
