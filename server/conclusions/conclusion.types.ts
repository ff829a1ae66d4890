import { Field, ID, ObjectType } from 'type-graphql';
import { Directive } from '../directives/directive.entity';
import type { Notice, NoticeSection } from './notice';

@ObjectType('NoticeSection', { description: 'The directives of the notice assigned to one unit' })
export class NoticeSectionObject implements NoticeSection {
  @Field(() => ID)
  unitId!: string;

  @Field()
  unitName!: string;

  @Field(() => [Directive])
  directives!: Directive[];
}

@ObjectType('Notice')
export class NoticeObject implements Notice {
  @Field({ description: 'False while the conclusion is not yet published (a draft of the notice)' })
  published!: boolean;

  @Field(() => String, { nullable: true, description: 'The issuing (organizer) unit, in capitals' })
  issuer!: string | null;

  @Field(() => String, { nullable: true, description: 'E.g. "12/TB-VKS"; null until published' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: "Where it is issued, from the issuer's name" })
  place!: string | null;

  @Field(() => Date, { nullable: true, description: 'The publication time; null until published' })
  date!: Date | null;

  @Field({ description: 'E.g. "Quảng Ngãi, ngày 28 tháng 4 năm 2022"' })
  dateLine!: string;

  @Field()
  title!: string;

  @Field({ description: 'E.g. "của đồng chí … tại Hội nghị …"' })
  subject!: string;

  @Field()
  body!: string;

  @Field(() => [NoticeSectionObject])
  sections!: NoticeSection[];

  @Field(() => [String], { description: 'Nơi nhận: the assignee units, then the other participating units' })
  recipients!: string[];
}
